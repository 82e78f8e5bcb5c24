package dev.newsflow.ingest.content;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Charset evidence of a page: what it declares (header, then meta tag) and what its bytes look like. */
public final class Charsets {

    /** How much of the body is searched for a meta charset (the HTML spec prescans 1024 bytes; pages are sloppy). */
    static final int META_SCAN_BYTES = 4096;
    /** How much of the body is fed to the statistical detector. */
    static final int DETECT_BYTES = 64 * 1024;

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)");

    private Charsets() {
    }

    /** From the Content-Type header, or else a {@code <meta>} in the first bytes of an HTML body; null when none. */
    public static String declared(String contentTypeHeader, byte[] body) {
        if (contentTypeHeader != null) {
            Matcher m = HEADER_CHARSET.matcher(contentTypeHeader);
            if (m.find()) {
                return canonical(m.group(1));
            }
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? canonical(m.group(1)) : null;
    }

    /** The charset the bytes look like (juniversalchardet): US-ASCII for pure ASCII, null when it cannot tell. */
    public static String detected(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        int length = Math.min(body.length, DETECT_BYTES);
        for (int offset = 0; offset < length && !detector.isDone(); offset += 4096) {
            detector.handleData(body, offset, Math.min(4096, length - offset));
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : canonical(name);
    }

    /**
     * Java's canonical name; GB2312 and GBK are widened to GB18030, their superset, so no character is lost
     * when a page labelled GB2312 uses GBK characters (common on Chinese sites).
     */
    public static String canonical(String name) {
        String trimmed = name.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.equals("GB2312") || upper.equals("GBK") || upper.equals("X-GBK") || upper.equals("CP936")
                || upper.equals("EUC-CN") || upper.equals("GB_2312-80") || upper.equals("HZ-GB-2312")) {
            return upper.equals("HZ-GB-2312") ? upper : "GB18030";
        }
        try {
            return Charset.forName(trimmed).name();
        } catch (IllegalArgumentException unknown) {
            return upper;
        }
    }
}
