package dev.newsflow.clean.decode;

import dev.newsflow.clean.CleanException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyDecoderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TEXT = "省委书记主持召开专题会议,研究部署疫情防控工作,要求各级各部门坚决落实各项措施。";
    private final BodyDecoder decoder = new BodyDecoder();

    @Test
    void markupAfterLeadingServerWarningsIsHtml() {
        String warnings = "<br />\n<b>Warning</b>: something is deprecated in <b>/srv/site/lib.php</b> on line <b>12</b><br />\n";
        String page = warnings.repeat(40) + "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>";
        assertTrue(decoder.decode(page.getBytes(StandardCharsets.UTF_8), null, null).html());
        assertFalse(decoder.decode(("plain words, " + "no markup ".repeat(400) + " <html>").getBytes(StandardCharsets.UTF_8),
                null, null).html());
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, 3);
        System.arraycopy(text, 0, body, 3, text.length);
        Decoded d = decoder.decode(body, "text/plain; charset=gbk", "gbk");
        assertEquals(TEXT, d.text());
        assertEquals("bom", d.evidence());
    }

    @Test
    void headerThenMetaThenDetection() {
        String html = "<html><head><meta charset=\"gb2312\"></head><body><p>" + TEXT + "</p></body></html>";
        Decoded meta = decoder.decode(html.getBytes(GB18030), "text/html", null);
        assertEquals(GB18030, meta.charset());
        assertEquals("meta", meta.evidence());
        assertTrue(meta.text().contains(TEXT));
        assertTrue(meta.html());

        Decoded header = decoder.decode(TEXT.getBytes(GB18030), "text/plain; charset=GBK", null);
        assertEquals(GB18030, header.charset());
        assertEquals("header", header.evidence());

        Decoded detected = decoder.decode((TEXT + TEXT + TEXT).getBytes(GB18030), "text/plain", null);
        assertEquals(GB18030, detected.charset());
        assertEquals(TEXT + TEXT + TEXT, detected.text());
    }

    @Test
    void big5DecodesAsHkscs() {
        String traditional = "會議聽取全省疫情防控進展情況匯報,研究部署下一步工作。";
        Decoded d = decoder.decode(traditional.getBytes(Charset.forName("Big5")), "text/plain; charset=big5", null);
        assertEquals("Big5-HKSCS", d.charset().name());
        assertEquals(traditional, d.text());
    }

    @Test
    void wrongUtf8DeclarationOnGbkBytesIsOverruled() {
        Decoded d = decoder.decode((TEXT + TEXT).getBytes(GB18030), "text/plain; charset=utf-8", null);
        assertEquals(TEXT + TEXT, d.text());
    }

    @Test
    void validUtf8OverrulesAWrongGbkDeclaration() {
        Decoded d = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=gbk", null);
        assertEquals(TEXT, d.text());
    }

    @Test
    void plainTextIsNotHtml() {
        assertFalse(decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain", null).html());
        assertTrue(decoder.decode("<!DOCTYPE html><p>x</p>".getBytes(StandardCharsets.UTF_8), null, null).html());
    }

    @Test
    void binaryIsRejected() {
        assertThrows(CleanException.class, () -> decoder.decode(new byte[]{0x1F, (byte) 0x8B, 8, 0}, null, null));
        assertThrows(CleanException.class, () -> decoder.decode(new byte[]{'a', 0, 'b', 0}, null, null));
    }

    @Test
    void bodiesOverTheCapAreCutAndFlagged() {
        Decoded d = new BodyDecoder(10).decode("abcdefghijklmnop".getBytes(StandardCharsets.UTF_8), "text/plain", null);
        assertEquals("abcdefghij", d.text());
        assertTrue(d.truncated());
    }
}
