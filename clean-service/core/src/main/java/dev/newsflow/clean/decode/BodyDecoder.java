package dev.newsflow.clean.decode;

import dev.newsflow.clean.CleanException;
import dev.newsflow.common.charset.CharsetDecider;
import dev.newsflow.common.charset.CharsetDecision;
import dev.newsflow.common.limits.BodyLimit;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a page body into text with the one charset decision of {@link CharsetDecider}: ingest's carried decision
 * when there is one the bytes do not contradict, else BOM, HTTP header or the caller's declared charset,
 * {@code <meta>}, then the bytes. Binary bodies and empty bodies are rejected; bodies
 * over the body cap are cut and marked truncated.
 */
public final class BodyDecoder {
    private final int maxBytes;

    /** With the chain's one body cap ({@link BodyLimit}, default {@value BodyLimit#DEFAULT_BYTES} bytes). */
    public BodyDecoder() {
        this(BodyLimit.DEFAULT_BYTES);
    }

    /** @param maxBytes bytes decoded; the rest is cut and the page flagged truncated */
    public BodyDecoder(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the body cap must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public Decoded decode(byte[] body, String contentType, String declaredCharset) {
        return decode(body, contentType, declaredCharset, null, null);
    }

    /**
     * @param carriedCharset nullable, the charset an earlier stage decided by the same rule
     * @param carriedSource  nullable, where that came from; the carried decision stands unless absent or
     *                       contradicted by the bytes ({@link CharsetDecider#decideWithCarried})
     */
    public Decoded decode(byte[] body, String contentType, String declaredCharset, String carriedCharset,
                          String carriedSource) {
        if (body == null || body.length == 0) {
            throw new CleanException("the page body is empty");
        }
        boolean truncated = false;
        if (body.length > maxBytes) {
            body = Arrays.copyOf(body, maxBytes);
            truncated = true;
        }
        String binary = BinarySniffer.describe(body);
        if (binary != null) {
            throw new CleanException("the page body is binary (" + binary + "), not text");
        }
        String header = declaredCharset != null && !declaredCharset.isBlank() ? declaredCharset
                : CharsetDecider.fromContentType(contentType);
        CharsetDecision decision = CharsetDecider.decideWithCarried(body, header, carriedCharset, carriedSource);
        Charset charset = decision.charset();
        String evidence = decision.source().label();
        int skip = decision.skip();
        String text = decodeLenient(body, skip, charset);
        boolean html = looksLikeHtml(contentType, text);
        return new Decoded(text, charset, evidence, html, truncated);
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
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<div") || head.contains("<p>") || head.contains("<head")) {
            return true;
        }
        // a page may open with kilobytes of server warnings or inline styles before its <html>: look further
        // when the text does start like markup
        if (!head.stripLeading().startsWith("<") || text.length() <= head.length()) {
            return false;
        }
        String more = text.substring(0, Math.min(text.length(), HTML_SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        return more.contains("<html") || more.contains("<body") || more.contains("<head");
    }

    /** How far into a text that starts with a tag the decoder looks for the html, head or body element. */
    static final int HTML_SNIFF_CHARS = 65_536;

}
