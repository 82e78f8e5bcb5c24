package dev.newsflow.common.charset;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsetDeciderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TEXT = "省委书记主持召开专题会议,研究部署疫情防控工作,要求各级各部门坚决落实各项措施。";

    @Test
    void eachDecisionSaysWhereItCameFrom() {
        byte[] gbk = ("<meta charset=\"gb2312\"><p>" + TEXT + "</p>").getBytes(GB18030);
        CharsetDecision meta = CharsetDecider.decide(gbk, "text/html");
        assertEquals(GB18030, meta.charset());
        assertEquals(CharsetSource.META, meta.source());
        CharsetDecision header = CharsetDecider.decide(gbk, "text/html; charset=GBK");
        assertEquals(CharsetSource.HEADER, header.source());
        CharsetDecision detected = CharsetDecider.decide((TEXT + TEXT + TEXT).getBytes(GB18030), "text/plain");
        assertEquals(GB18030, detected.charset());
        assertTrue(detected.guessed());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        CharsetDecision b = CharsetDecider.decide(bom, "text/html; charset=gbk");
        assertEquals(CharsetSource.BOM, b.source());
        assertEquals(3, b.skip());
    }

    @Test
    void validUtf8OverrulesAWrongDeclaration() {
        CharsetDecision d = CharsetDecider.decide(TEXT.getBytes(StandardCharsets.UTF_8), "text/html; charset=gb2312");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(CharsetSource.UTF8_OVERRULES_DECLARATION, d.source());
    }

    @Test
    void validUtf8OverrulesAGbDeclarationEvenWhenGb18030DecodesItWithoutErrors() {
        // mostly ASCII markup, as real pages are: the few replacement characters vanish in the share
        String markup = "<div class=\"nav\"><a href=\"/x\">x</a></div>\n".repeat(2000);
        byte[] body = ("<meta charset=\"gb2312\">" + markup + "<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
        assertTrue(CharsetDecider.undecodableShare(body, GB18030) < 0.001);
        CharsetDecision d = CharsetDecider.decide(body, "text/html");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(CharsetSource.UTF8_OVERRULES_DECLARATION, d.source());
    }

    @Test
    void aliasesWidenToTheSuperset() {
        assertEquals("GB18030", CharsetLabels.canonical("gb2312"));
        assertEquals("GB18030", CharsetLabels.canonical("x-gbk"));
        assertEquals("Big5-HKSCS", CharsetLabels.canonical("big5"));
        assertEquals("windows-1252", CharsetLabels.canonical("iso-8859-1"));
        assertEquals("UTF-8", CharsetLabels.canonical("utf8"));
        assertNull(CharsetLabels.forLabel("hz-gb-2312"));
        assertEquals("X-UNKNOWN-THING", CharsetLabels.canonical("x-unknown-thing"));
    }

    @Test
    void declaredIsTheHeaderThenTheMeta() {
        byte[] body = "<meta charset=\"big5\">".getBytes(StandardCharsets.US_ASCII);
        assertEquals("GB18030", CharsetDecider.declared("text/html; charset=\"GBK\"", body));
        assertEquals("Big5-HKSCS", CharsetDecider.declared("text/html", body));
        assertNull(CharsetDecider.declared(null, "<p>none</p>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void utf8ValidationRejectsOverlongSurrogateAndOutOfRangeFormsAndAcceptsACutLastCharacter() {
        byte[] han = "汉字".getBytes(StandardCharsets.UTF_8);
        assertTrue(CharsetDecider.isValidUtf8(han));
        assertTrue(CharsetDecider.isValidUtf8(Arrays.copyOf(han, han.length - 1)));
        for (byte[] bad : new byte[][]{{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE4, 0x41, (byte) 0x80, 0x41}, {(byte) 0xFF}, "GBK 汉".getBytes(Charset.forName("GBK"))}) {
            assertFalse(CharsetDecider.isValidUtf8(bad), Arrays.toString(bad));
        }
    }

    @Test
    void aCarriedDecisionStandsWhenTheBytesDoNotContradictIt() {
        byte[] big5 = (TEXT + TEXT).getBytes(Charset.forName("Big5-HKSCS"));
        // ingest saw a header this input no longer has: its decision, not a new guess, decodes the page
        CharsetDecision d = CharsetDecider.decideWithCarried(big5, null, "Big5-HKSCS", "header");
        assertEquals(Charset.forName("Big5-HKSCS"), d.charset());
        assertEquals(CharsetSource.HEADER, d.source());
        assertEquals(0, d.skip());
    }

    @Test
    void withoutCarriedEvidenceTheBytesAreDecidedAgain() {
        byte[] gbk = (TEXT + TEXT + TEXT).getBytes(GB18030);
        CharsetDecision none = CharsetDecider.decideWithCarried(gbk, null, null, null);
        assertEquals(CharsetDecider.decideWithHeaderCharset(gbk, null), none);
        assertTrue(none.guessed());
        // a record written before the source was carried: its detectedCharset alone is not taken as a decision
        assertEquals(none, CharsetDecider.decideWithCarried(gbk, null, "Big5-HKSCS", null));
        assertEquals(none, CharsetDecider.decideWithCarried(gbk, null, "no-such-charset", "header"));
        assertEquals(none, CharsetDecider.decideWithCarried(gbk, null, "Big5-HKSCS", "a-future-source"));
        // the header still counts when deciding again
        assertEquals(CharsetSource.HEADER, CharsetDecider.decideWithCarried(gbk, "gbk", null, null).source());
    }

    @Test
    void bytesThatContradictTheCarriedDecisionDecideAgain() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'};
        CharsetDecision marked = CharsetDecider.decideWithCarried(bom, null, "GB18030", "header");
        assertEquals(StandardCharsets.UTF_8, marked.charset());
        assertEquals(CharsetSource.BOM, marked.source());
        assertEquals(3, marked.skip());
        assertEquals(marked, CharsetDecider.decideWithCarried(bom, null, "UTF-8", "bom"));

        byte[] gbk = (TEXT + TEXT + TEXT).getBytes(GB18030);
        // a carried mark the bytes do not have, a carried UTF-8 the bytes are not
        assertTrue(CharsetDecider.decideWithCarried(gbk, null, "UTF-16LE", "bom").guessed());
        CharsetDecision notUtf8 = CharsetDecider.decideWithCarried(gbk, null, "UTF-8", "meta");
        assertEquals(GB18030, notUtf8.charset());
        assertTrue(notUtf8.guessed());
        // valid multi-byte UTF-8 carried as GB18030: the same overrule as for a declaration, the bytes decide
        CharsetDecision utf8 = CharsetDecider.decideWithCarried(TEXT.getBytes(StandardCharsets.UTF_8), null, "GB18030", "meta");
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals(CharsetSource.DETECTED, utf8.source());
    }

    @Test
    void sourcesReadBackFromTheirLabels() {
        for (CharsetSource s : CharsetSource.values()) {
            assertEquals(s, CharsetSource.fromLabel(s.label()));
        }
        assertNull(CharsetSource.fromLabel(null));
        assertNull(CharsetSource.fromLabel("guess"));
    }
}
