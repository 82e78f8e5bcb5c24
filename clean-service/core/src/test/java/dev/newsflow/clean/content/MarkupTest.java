package dev.newsflow.clean.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkupTest {
    @Test
    void ordinaryMarkupIsLeftAsItIs() {
        String html = "<html><body><p class=x>正文</p><br/></body></html>";
        assertSame(html, Markup.withShortTagNames(html));
    }

    @Test
    void aHugeTagNameIsCutSoParsingStaysLinear() {
        String run = "分享到".repeat(200_000);
        String html = "<html><body><p>正文第一段。</p></b" + run + "<p>后文</p></body></html>";
        String safe = Markup.withShortTagNames(html);
        assertEquals(html.length() + 1, safe.length());
        assertTrue(safe.contains("</b" + run.substring(0, Markup.MAX_TAG_NAME - 1) + " "), "cut after the limit");
        assertTrue(Markup.parse(html, "http://example.com/").text().contains("正文第一段"));
    }
}
