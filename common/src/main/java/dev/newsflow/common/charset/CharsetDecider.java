package dev.newsflow.common.charset;

import dev.newsflow.common.bytes.BytePrefix;
import org.mozilla.universalchardet.UniversalDetector;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * THE charset decision of a page body, used by ingest (to record it) and clean (to decode). Evidence in order of
 * trust: byte-order mark, the HTTP Content-Type {@code charset}, a {@code <meta>} declaration in the first 4 KB,
 * then the bytes (valid UTF-8, else juniversalchardet on the first 256 KB, biased to GB18030 for multi-byte text
 * it cannot place). A declaration is overruled when the bytes are valid multi-byte UTF-8 that does not decode as
 * declared, and dropped when it says UTF-8 but the bytes are not.
 */
public final class CharsetDecider {
    /** How much of the body is searched for a meta charset (the HTML spec prescans 1024 bytes; pages are sloppy). */
    public static final int META_SCAN_BYTES = 4096;
    /** How much of the body is fed to the statistical detector. */
    public static final int DETECT_BYTES = 256 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Multi-byte UTF-8 sequences in a valid UTF-8 body that overrule another declaration. */
    private static final int UTF8_EVIDENCE = 8;
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private CharsetDecider() {
    }

    /**
     * @param contentType the HTTP Content-Type header as sent (nullable); only its {@code charset} parameter counts
     */
    public static CharsetDecision decide(byte[] body, String contentType) {
        return decideWithHeaderCharset(body, fromContentType(contentType));
    }

    /**
     * @param headerCharset the charset label the HTTP header (or an operator) states, nullable
     */
    public static CharsetDecision decideWithHeaderCharset(byte[] body, String headerCharset) {
        CharsetDecision bom = byteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        CharsetSource source = CharsetSource.HEADER;
        Charset charset = CharsetLabels.forLabel(headerCharset);
        if (charset == null) {
            charset = CharsetLabels.forLabel(fromMeta(body));
            source = CharsetSource.META;
        }
        if (charset != null && overruledByUtf8(body, charset)) {
            return new CharsetDecision(StandardCharsets.UTF_8, CharsetSource.UTF8_OVERRULES_DECLARATION, 0);
        }
        if (charset != null && notUtf8AsDeclared(body, charset)) {
            charset = null;
        }
        if (charset == null) {
            return new CharsetDecision(detect(body), CharsetSource.DETECTED, 0);
        }
        return new CharsetDecision(charset, source, 0);
    }

    /**
     * The decision with the evidence an earlier stage carried (ingest decides with {@link #decide} and records the
     * charset and its source in {@code pages.raw}): the carried decision stands unless it is absent or unreadable
     * (a WARC import, a record written before the evidence was carried) or the bytes contradict it (a byte-order
     * mark, or the UTF-8 checks of {@link #decideWithHeaderCharset}); then the bytes are decided again.
     *
     * @param headerCharset  as for {@link #decideWithHeaderCharset}, used only when deciding again
     * @param carriedCharset the charset decided earlier, nullable
     * @param carriedSource  its {@link CharsetSource#label()}, nullable
     */
    public static CharsetDecision decideWithCarried(byte[] body, String headerCharset, String carriedCharset,
                                                    String carriedSource) {
        CharsetDecision carried = carried(body, carriedCharset, carriedSource);
        return carried != null ? carried : decideWithHeaderCharset(body, headerCharset);
    }

    /** The carried decision when it is present, readable and not contradicted by the bytes; else null. */
    static CharsetDecision carried(byte[] body, String carriedCharset, String carriedSource) {
        CharsetSource source = CharsetSource.fromLabel(carriedSource);
        Charset charset = CharsetLabels.forLabel(carriedCharset);
        if (source == null || charset == null) {
            return null;
        }
        CharsetDecision bom = byteOrderMark(body);
        if (bom != null || source == CharsetSource.BOM) {
            // a mark in the bytes outranks everything; a carried mark the bytes no longer have is stale
            return bom != null && bom.charset().equals(charset) && source == CharsetSource.BOM ? bom : null;
        }
        if (overruledByUtf8(body, charset) || notUtf8AsDeclared(body, charset)) {
            return null;
        }
        return new CharsetDecision(charset, source, 0);
    }

    /** The byte-order mark the body starts with, as a decision that skips it; null when none. */
    public static CharsetDecision byteOrderMark(byte[] body) {
        if (BytePrefix.startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new CharsetDecision(StandardCharsets.UTF_8, CharsetSource.BOM, 3);
        }
        if (BytePrefix.startsWith(body, 0xFE, 0xFF)) {
            return new CharsetDecision(StandardCharsets.UTF_16BE, CharsetSource.BOM, 2);
        }
        if (BytePrefix.startsWith(body, 0xFF, 0xFE)) {
            return new CharsetDecision(StandardCharsets.UTF_16LE, CharsetSource.BOM, 2);
        }
        return null;
    }

    /** Whether the body starts with a UTF-16 byte-order mark (its NUL bytes are then text, not binary). */
    public static boolean isUtf16ByteOrderMark(byte[] body) {
        CharsetDecision bom = byteOrderMark(body);
        return bom != null && bom.skip() == 2;
    }

    /**
     * GBK or Big5 text of any length is practically never valid UTF-8 (and GB18030 decodes nearly any bytes
     * without a replacement character, so decoding errors do not show a wrong declaration): valid UTF-8 with real
     * multi-byte text overrules a declaration of another charset.
     */
    private static boolean overruledByUtf8(byte[] body, Charset declared) {
        return !StandardCharsets.UTF_8.equals(declared) && isValidUtf8(body)
                && (multibyteSequences(body, UTF8_EVIDENCE) >= UTF8_EVIDENCE || undecodableShare(body, declared) > 0.001);
    }

    /** A UTF-8 declaration the bytes are not: dropped, the bytes decide. */
    private static boolean notUtf8AsDeclared(byte[] body, Charset declared) {
        return StandardCharsets.UTF_8.equals(declared) && !isValidUtf8(body) && undecodableShare(body, declared) > 0.01;
    }

    /** The charset the page declares (HTTP header, else {@code <meta>}), canonical; null when none. */
    public static String declared(String contentType, byte[] body) {
        String label = fromContentType(contentType);
        if (label == null && body != null) {
            label = fromMeta(body);
        }
        return label == null ? null : CharsetLabels.canonical(label);
    }

    public static String fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    public static String fromMeta(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** What the bytes alone say: UTF-8 when valid, else the detector's guess, GB18030 when it cannot place them. */
    public static Charset detect(byte[] body) {
        if (isValidUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        int limit = Math.min(body.length, DETECT_BYTES);
        for (int offset = 0; offset < limit && !detector.isDone(); offset += 8192) {
            detector.handleData(body, offset, Math.min(8192, limit - offset));
        }
        detector.dataEnd();
        Charset detected = CharsetLabels.forLabel(detector.getDetectedCharset());
        if (detected == null || detected.name().startsWith("UTF-16") || detected.name().startsWith("UTF-32")) {
            return GB18030;
        }
        // the detector guesses among many single-byte charsets; multi-byte text that decodes as GB18030 is Chinese
        if (!detected.name().startsWith("GB") && !detected.name().startsWith("Big5") && !detected.equals(StandardCharsets.UTF_8)
                && undecodableShare(body, GB18030) < 0.001 && hasMultibyte(body)
                && !detected.name().equals("windows-1252") && !detected.name().startsWith("ISO-8859")) {
            return GB18030;
        }
        return detected;
    }

    /**
     * Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF), checked
     * without decoding. A body cut in the middle of its last character is still UTF-8.
     */
    public static boolean isValidUtf8(byte[] body) {
        int i = 0;
        int n = body.length;
        while (i < n) {
            // markup is mostly ASCII: eight bytes at a time while none has its high bit set
            while (i + Long.BYTES <= n && ((long) EIGHT_BYTES.get(body, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
            }
            if (i >= n) {
                break;
            }
            int b = body[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            int max = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                len = 2;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                len = 3;
                min = b == 0xe0 ? 0xa0 : 0x80;
                max = b == 0xed ? 0x9f : 0xbf;
            } else if (b >= 0xf0 && b <= 0xf4) {
                len = 4;
                min = b == 0xf0 ? 0x90 : 0x80;
                max = b == 0xf4 ? 0x8f : 0xbf;
            } else {
                return false;
            }
            for (int k = 1; k < len; k++) {
                if (i + k >= n) {
                    return true;
                }
                int c = body[i + k] & 0xff;
                if (k == 1 ? c < min || c > max : c < 0x80 || c > 0xbf) {
                    return false;
                }
            }
            i += len;
        }
        return true;
    }

    /** Lead bytes of multi-byte UTF-8 sequences, counted up to {@code enough}. */
    static int multibyteSequences(byte[] body, int enough) {
        int n = 0;
        for (int i = 0; i < body.length && n < enough; i++) {
            if ((body[i] & 0xc0) == 0xc0) {
                n++;
            }
        }
        return n;
    }

    static boolean hasMultibyte(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Share of replacement characters when decoding leniently with the charset. */
    public static double undecodableShare(byte[] body, Charset charset) {
        String text = new String(body, charset);
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\ufffd') {
                bad++;
            }
        }
        return text.isEmpty() ? 0 : (double) bad / text.length();
    }
}
