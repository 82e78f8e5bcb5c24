package dev.newsflow.ingest.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContentTypesSniffTest {
    private static byte[] withPrefix(byte[] prefix, byte[] text) {
        byte[] out = new byte[prefix.length + text.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(text, 0, out, prefix.length, text.length);
        return out;
    }

    @Test
    void markupIsHtmlBehindAnyByteOrderMark() {
        String page = "  <!DOCTYPE html><html><body>新闻</body></html>";
        assertEquals("text/html", ContentTypes.sniff(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/html", ContentTypes.sniff(withPrefix(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page.getBytes(StandardCharsets.UTF_8))));
        assertEquals("text/html", ContentTypes.sniff(withPrefix(new byte[]{(byte) 0xFE, (byte) 0xFF}, page.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals("text/html", ContentTypes.sniff(withPrefix(new byte[]{(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void otherBytesAreUnknown() {
        assertNull(ContentTypes.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertNull(ContentTypes.sniff(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertNull(ContentTypes.sniff(new byte[0]));
    }
}
