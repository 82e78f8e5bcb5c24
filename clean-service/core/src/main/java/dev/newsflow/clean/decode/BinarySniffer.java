package dev.newsflow.clean.decode;

import dev.newsflow.common.bytes.BytePrefix;
import dev.newsflow.common.charset.CharsetDecider;

/**
 * Recognises bodies that are not text: known file signatures, and NUL or control bytes in the first kilobytes
 * (text in any charset but UTF-16/32, which come with a byte-order mark, has none).
 */
public final class BinarySniffer {
    private static final int SNIFF = 8192;

    private BinarySniffer() {
    }

    /** What kind of binary the body is, or null for text. */
    public static String describe(byte[] body) {
        if (BytePrefix.startsWith(body, 0x25, 0x50, 0x44, 0x46)) {
            return "PDF document";
        }
        if (BytePrefix.startsWith(body, 0x89, 0x50, 0x4E, 0x47)) {
            return "PNG image";
        }
        if (BytePrefix.startsWith(body, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (BytePrefix.startsWith(body, 0x47, 0x49, 0x46, 0x38)) {
            return "GIF image";
        }
        if (BytePrefix.startsWith(body, 0x50, 0x4B, 0x03, 0x04)) {
            return "ZIP archive or office document";
        }
        if (BytePrefix.startsWith(body, 0x1F, 0x8B)) {
            return "gzip data";
        }
        if (BytePrefix.startsWith(body, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "legacy office document";
        }
        if (CharsetDecider.isUtf16ByteOrderMark(body)) {
            return null; // UTF-16 text: its NUL bytes are characters
        }
        int n = Math.min(body.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return "contains NUL bytes";
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 20 > n ? "mostly control bytes" : null;
    }

}
