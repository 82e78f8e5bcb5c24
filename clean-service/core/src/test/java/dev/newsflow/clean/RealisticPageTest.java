package dev.newsflow.clean;

import dev.newsflow.contracts.CleanDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages the seeds do not cover: headline in h1, info bar, editor line, English news. */
class RealisticPageTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    @Test
    void governmentPageWithHeadlineInfoBarAndEditor() {
        String html = """
                <html><head><meta charset="gbk"><title>我市召开春季农业生产工作会议_政务要闻_某市人民政府网</title></head>
                <body><div class="topnav"><a href="/">首页</a> <a href="/zw">政务公开</a> <a href="/bs">办事服务</a></div>
                <div class="position">您的位置:<a href="/">首页</a> &gt; <a href="/zwyw">政务要闻</a></div>
                <div class="article">
                <h1 class="title">我市召开春季农业生产工作会议</h1>
                <div class="info">发布时间:2021-03-05 16:20 来源:市农业农村局 作者:王明 字号:[大 中 小] 【打印】</div>
                <div class="con" id="zoom">
                <p>3月5日,全市春季农业生产工作会议召开。副市长李华出席会议并讲话,会议总结了去年农业生产工作。</p>
                <p>会议要求,各县区要压实粮食安全责任,抓好春耕备耕,确保粮食播种面积稳中有增,守住耕地红线。</p>
                <p>会议强调,要加强农资供应和价格监管,做好农业技术服务,推动农业生产全程机械化,促进农民增收。</p>
                </div>
                <div class="editor">(责任编辑:赵敏)</div>
                <div class="xgwz"><h4>相关文章</h4><a href="/1">我市启动农机补贴申报工作</a></div>
                </div>
                <div class="footer">主办单位:某市人民政府办公室 网站标识码:1234000001 备案号:某ICP备05001234号</div>
                </body></html>
                """;
        CleanDocument doc = CLEANER.clean(new RawInput(null, "http://www.example.gov.cn/zwyw/2021/0305/1.html",
                html.getBytes(Charset.forName("GBK")), "text/html", null, null));
        assertEquals("我市召开春季农业生产工作会议", doc.title);
        assertEquals(OffsetDateTime.parse("2021-03-05T16:20:00+08:00"), doc.publishedAt);
        assertEquals("市农业农村局", doc.source);
        assertEquals(List.of("王明"), doc.authors);
        assertEquals(List.of("赵敏"), doc.editors);
        assertEquals(3, doc.paragraphs.size(), doc.paragraphs.toString());
        assertTrue(doc.paragraphs.get(0).startsWith("3月5日"));
        for (String furniture : List.of("首页", "您的位置", "字号", "相关文章", "农机补贴", "备案号")) {
            assertFalse(doc.text.contains(furniture), furniture);
        }
        assertEquals("zh-Hans", doc.originalScript);
    }

    @Test
    void englishNewsPage() {
        String html = """
                <!DOCTYPE html><html><head><title>Flood defences upgraded - The Daily Example</title>
                <meta property="og:title" content="Flood defences upgraded">
                <meta property="article:published_time" content="2021-07-04T09:30:00+01:00"></head>
                <body><header><a href="/">The Daily Example</a><nav><a href="/world">World</a></nav></header>
                <main><h1>Flood defences upgraded</h1><p class="byline">By Jane Doe</p>
                <p>The city council approved a plan on Monday to raise the river walls, after two winters of flooding damaged homes.</p>
                <p>Engineers said the work, which starts in September, would protect about 4,000 properties along the riverbank.</p>
                <p>Residents welcomed the decision, although some asked why it had taken so long to reach.</p></main>
                <section class="related-stories"><h2>Related stories</h2><a href="/x">Storm warning for the weekend ahead</a></section>
                </body></html>
                """;
        CleanDocument doc = CLEANER.clean(new RawInput(null, "https://news.example.com/2021/07/04/floods", html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", null, null));
        assertEquals("en", doc.language);
        assertEquals("Flood defences upgraded", doc.title);
        assertEquals(OffsetDateTime.parse("2021-07-04T09:30:00+01:00"), doc.publishedAt);
        assertEquals(List.of("Jane Doe"), doc.authors);
        assertNull(doc.originalScript);
        assertEquals(3, doc.paragraphs.size(), doc.paragraphs.toString());
        assertFalse(doc.text.contains("Storm warning"));
    }
}
