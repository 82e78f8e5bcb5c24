package dev.newsflow.clean;

import dev.newsflow.contracts.CleanDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile bodies end in a clear CleanException or a flagged result, quickly, never in a hang or a crash. */
class HostileInputTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String PARAGRAPH = "<p>省委书记主持召开专题会议,研究部署疫情防控工作,要求各级各部门坚决落实各项措施,确保人民群众生命安全。</p>";

    private static RawInput html(String html) {
        return new RawInput("hostile", "http://example.com/a.html", html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", null, null);
    }

    private static RawInput bytes(byte[] body, String contentType) {
        return new RawInput("hostile", null, body, contentType, null, null);
    }

    @Test
    void emptyAndMissingBodiesAreRejectedWithAReason() {
        CleanException empty = assertThrows(CleanException.class, () -> CLEANER.clean(bytes(new byte[0], "text/html")));
        assertTrue(empty.getMessage().contains("empty"));
        assertThrows(CleanException.class, () -> CLEANER.clean(bytes(null, "text/html")));
        assertThrows(CleanException.class, () -> CLEANER.clean(html("   \n\t  ")));
    }

    @Test
    void binaryBodiesAreRejectedNamingWhatTheyAre() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertTrue(assertThrows(CleanException.class, () -> CLEANER.clean(bytes(png, "text/html")))
                .getMessage().contains("PNG"));
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(CleanException.class, () -> CLEANER.clean(bytes(pdf, null)))
                .getMessage().contains("PDF"));
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        assertTimeoutPreemptively(LIMIT, () -> assertThrows(CleanException.class, () -> CLEANER.clean(bytes(random, null))));
    }

    @Test
    void pageWithoutArticleTextIsRejected() {
        String nav = "<html><body><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/n\">新闻</a></li></ul></body></html>";
        assertThrows(CleanException.class, () -> CLEANER.clean(html(nav)));
    }

    @Test
    void truncatedHtmlIsCleanedAndFlagged() {
        String page = "<html><head><title>测试</title></head><body><div class=\"content\">" + PARAGRAPH.repeat(5)
                + "<p>会议要求,各地要加强监测预警,及时发现并处置";
        CleanDocument doc = assertTimeoutPreemptively(LIMIT, () -> CLEANER.clean(html(page + "<a hr")));
        assertTrue(doc.flags.contains(Flags.TRUNCATED));
        assertTrue(doc.text.contains("确保人民群众生命安全"));
    }

    @Test
    void veryDeepNestingDoesNotOverflowTheStack() {
        int depth = 20_000;
        String page = "<html><body>" + "<div><span>".repeat(depth) + PARAGRAPH.repeat(3) + "</span></div>".repeat(depth)
                + "</body></html>";
        CleanDocument doc = assertTimeoutPreemptively(LIMIT, () -> CLEANER.clean(html(page)));
        assertTrue(doc.text.contains("确保人民群众生命安全"));
    }

    @Test
    void deeplyNestedFurnitureIsPrunedInLinearTime() {
        int depth = 30_000;
        for (String cls : new String[]{"nav", "content-nav"}) {
            String page = "<html><body>" + ("<div class=\"" + cls + "\">").repeat(depth) + "<a href=\"/\">首页</a>"
                    + "</div>".repeat(depth) + "<div class=\"article\">" + PARAGRAPH.repeat(3) + "</div></body></html>";
            CleanDocument doc = assertTimeoutPreemptively(LIMIT, () -> CLEANER.clean(html(page)));
            assertFalse(doc.text.contains("首页"));
        }
    }

    @Test
    void hugeBodyIsCutAndFlagged() {
        StringBuilder sb = new StringBuilder("<html><body><div class=\"content\">");
        while (sb.length() < 12 * 1024 * 1024) {
            sb.append(PARAGRAPH);
        }
        CleanDocument doc = assertTimeoutPreemptively(LIMIT, () -> CLEANER.clean(html(sb.toString())));
        assertTrue(doc.flags.contains(Flags.TRUNCATED));
    }

    @Test
    void invalidBytesInDeclaredUtf8AreDecodedLeniently() {
        byte[] good = ("<html><body><div>" + PARAGRAPH.repeat(3) + "</div></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 4];
        System.arraycopy(good, 0, bad, 0, 40);
        bad[40] = (byte) 0xC3;
        bad[41] = (byte) 0x28;
        bad[42] = (byte) 0xE2;
        bad[43] = (byte) 0x82;
        System.arraycopy(good, 40, bad, 44, good.length - 40);
        CleanDocument doc = assertTimeoutPreemptively(LIMIT, () -> CLEANER.clean(bytes(bad, "text/html; charset=utf-8")));
        assertTrue(doc.text.contains("确保人民群众生命安全"));
        assertFalse(doc.text.contains("\ufffd"));
    }

    @Test
    void pathologicalTextDoesNotBacktrack() {
        String[] attacks = {
                "(".repeat(200_000) + "记者",
                "X ".repeat(100_000),
                "?".repeat(200_000),
                "足球网".repeat(50_000),
                ("省委书记主持召开会议 ").repeat(50_000),
                "2020年".repeat(50_000),
                "a".repeat(1_000_000),
                "|".repeat(100_000),
                "(zhàn".repeat(50_000),
        };
        for (String attack : attacks) {
            String text = "省委书记主持召开专题会议,研究部署疫情防控工作,要求各级各部门坚决落实各项措施。\n" + attack;
            assertTimeoutPreemptively(LIMIT, () -> {
                try {
                    assertNotNull(CLEANER.clean(RawInput.ofText(text)));
                } catch (CleanException e) {
                    assertNotNull(e.getMessage());
                }
            }, () -> "too slow on " + attack.substring(0, 12));
        }
    }

    /** Found by MutationalFuzzTest: a long line of symbols counted as a short metadata line made a label pattern quadratic. */
    @Test
    void longLinesOfSymbolsAreNotTreatedAsMetadataLines() {
        for (String unit : new String[]{"0", "(", "&", "\u3002", " \u00a0"}) {
            String page = "<html><body><div class=\"content\">" + PARAGRAPH.repeat(3) + "<p>" + unit.repeat(300_000) + "</p>"
                    + PARAGRAPH + "</div></body></html>";
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                try {
                    CLEANER.clean(html(page));
                } catch (CleanException e) {
                    assertFalse(e.getMessage().isBlank());
                }
            }, "run of " + unit);
        }
    }
}
