package dev.newsflow.clean.decode;

import dev.newsflow.clean.CleanException;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page body into text. Charset evidence in order of trust: byte-order mark, HTTP header
 * (declared charset, then the content type's parameter), {@code <meta>} in the first 4 KB, then statistical
 * detection (juniversalchardet), then UTF-8 if the bytes are valid UTF-8, else GB18030. A declared charset that
 * produces many undecodable sequences while the bytes are valid UTF-8 is overruled. Binary bodies and empty
 * bodies are rejected; bodies over {@link #MAX_BYTES} are cut and marked truncated.
 */
public final class BodyDecoder {
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int SNIFF = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    public Decoded decode(byte[] body, String contentType, String declaredCharset) {
        if (body == null || body.length == 0) {
            throw new CleanException("the page body is empty");
        }
        boolean truncated = false;
        if (body.length > MAX_BYTES) {
            body = Arrays.copyOf(body, MAX_BYTES);
            truncated = true;
        }
        String binary = BinarySniffer.describe(body);
        if (binary != null) {
            throw new CleanException("the page body is binary (" + binary + "), not text");
        }
        Charset charset;
        String evidence;
        int skip = 0;
        if (BytePrefix.startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            evidence = "bom";
            skip = 3;
        } else if (BytePrefix.startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            evidence = "bom";
            skip = 2;
        } else if (BytePrefix.startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            evidence = "bom";
            skip = 2;
        } else {
            charset = Charsets.forLabel(declaredCharset);
            evidence = "header";
            if (charset == null) {
                charset = Charsets.forLabel(fromContentType(contentType));
            }
            if (charset == null) {
                charset = Charsets.forLabel(fromMeta(body));
                evidence = "meta";
            }
            if (charset != null && !StandardCharsets.UTF_8.equals(charset) && isValidUtf8(body) && hasMultibyte(body)
                    && undecodableShare(body, charset) > 0.001) {
                charset = StandardCharsets.UTF_8;
                evidence = "utf8-overrules-declaration";
            }
            if (charset != null && StandardCharsets.UTF_8.equals(charset) && !isValidUtf8(body)
                    && undecodableShare(body, charset) > 0.01) {
                charset = null; // the declaration is wrong: detect instead
            }
            if (charset == null) {
                charset = detect(body);
                evidence = "detected";
            }
        }
        String text = decodeLenient(body, skip, charset);
        boolean html = looksLikeHtml(contentType, text);
        return new Decoded(text, charset, evidence, html, truncated);
    }

    static String fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    static String fromMeta(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Charset detect(byte[] body) {
        if (isValidUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        int limit = Math.min(body.length, 256 * 1024);
        for (int offset = 0; offset < limit && !detector.isDone(); offset += 8192) {
            detector.handleData(body, offset, Math.min(8192, limit - offset));
        }
        detector.dataEnd();
        Charset detected = Charsets.forLabel(detector.getDetectedCharset());
        if (detected == null || detected.name().startsWith("UTF-16") || detected.name().startsWith("UTF-32")) {
            return Charset.forName("GB18030");
        }
        // juniversalchardet guesses among many single-byte charsets; Chinese pages are the common case here
        if (!detected.name().startsWith("GB") && !detected.name().startsWith("Big5") && !detected.equals(StandardCharsets.UTF_8)
                && undecodableShare(body, Charset.forName("GB18030")) < 0.001 && hasMultibyte(body)
                && !detected.name().equals("windows-1252") && !detected.name().startsWith("ISO-8859")) {
            return Charset.forName("GB18030");
        }
        return detected;
    }

    /**
     * Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF), checked
     * without decoding. A body cut in the middle of its last character is still UTF-8.
     */
    static boolean isValidUtf8(byte[] body) {
        int i = 0;
        int n = body.length;
        while (i < n) {
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
                    return true; // cut inside the last character
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

    private static boolean hasMultibyte(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Share of replacement characters when decoding leniently with the charset. */
    static double undecodableShare(byte[] body, Charset charset) {
        String text = decodeLenient(body, 0, charset);
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\ufffd') {
                bad++;
            }
        }
        return text.isEmpty() ? 0 : (double) bad / text.length();
    }

    static String decodeLenient(byte[] body, int offset, Charset charset) {
        // new String replaces malformed and unmappable input, and has the JDK's fast paths for common charsets
        return new String(body, offset, body.length - offset, charset);
    }

    static boolean looksLikeHtml(String contentType, String text) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("html") || ct.contains("xml")) {
                return true;
            }
            if (ct.startsWith("text/plain")) {
                return false;
            }
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<div") || head.contains("<p>") || head.contains("<head");
    }

}
