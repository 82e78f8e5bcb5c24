package dev.newsflow.clean.bench;

import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.decode.BodyDecoder;
import dev.newsflow.clean.decode.Decoded;
import dev.newsflow.common.text.HanText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Real Chinese news pages for the speed benchmarks, read at run time from the development sets (never copied
 * into the project): every zh-news page, and the web-eval pages of {@value #MIN_BYTES}..{@value #MAX_BYTES} bytes
 * whose visible text is mostly Chinese. Each page carries the charset the clean core's decoder settles on, so a
 * baseline decodes the same bytes with the right charset (decoding counted on both sides, charset detection only
 * on the clean core's).
 */
final class RealPages {
    static final int MIN_BYTES = 10_000;
    static final int MAX_BYTES = 400_000;
    /** A page is Chinese when at least this share of its visible letters are Han characters. */
    static final double MIN_HAN_SHARE = 0.5;

    record Page(String name, RawInput input, Charset charset) {
    }

    private RealPages() {
    }

    static boolean available() {
        return ZhNewsEval.available() || WebEval.available();
    }

    /** "zh-news", "web-eval-zh" or "all"; empty when the sets are absent. */
    static List<Page> load(String set) {
        BodyDecoder decoder = new BodyDecoder();
        List<Page> pages = new ArrayList<>();
        if (!set.equals("web-eval-zh") && ZhNewsEval.available()) {
            for (ZhNewsEval.Page p : ZhNewsEval.load()) {
                RawInput in = new RawInput(null, "http://example.com/" + p.file(), p.body(), "text/html", null, null);
                pages.add(new Page("zh-news/" + p.file(), in, decoder.decode(p.body(), "text/html", null).charset()));
            }
        }
        if (!set.equals("zh-news") && WebEval.available()) {
            for (WebEval.Page p : WebEval.load()) {
                if (p.body().length < MIN_BYTES || p.body().length > MAX_BYTES) {
                    continue;
                }
                Decoded d = decoder.decode(p.body(), null, null);
                if (!d.html() || !mostlyHan(d.text())) {
                    continue;
                }
                pages.add(new Page("web-eval/" + p.file(), new RawInput(null, p.url(), p.body(), null, null, null),
                        d.charset()));
            }
        }
        return pages;
    }

    private static boolean mostlyHan(String html) {
        Document doc = Jsoup.parse(html);
        String text = doc.body() == null ? "" : doc.body().text();
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && HanText.countHan(text) >= letters * MIN_HAN_SHARE;
    }

    static long bytes(List<Page> pages) {
        long n = 0;
        for (Page p : pages) {
            n += p.input().body().length;
        }
        return n;
    }
}
