package dev.newsflow.ingest.content;

import dev.newsflow.common.charset.CharsetDecider;
import dev.newsflow.common.charset.CharsetDecision;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Which media types are fetched: HTML, XHTML and plain text. */
public final class ContentTypes {

    public static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "text/plain");

    /** Sent as the Accept header. */
    public static final String ACCEPT_HEADER = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8";

    private ContentTypes() {
    }

    /** The media type of a Content-Type header value, lower case without parameters; null if absent. */
    public static String mediaType(String contentTypeHeader) {
        if (contentTypeHeader == null || contentTypeHeader.isBlank()) {
            return null;
        }
        int semicolon = contentTypeHeader.indexOf(';');
        String type = (semicolon < 0 ? contentTypeHeader : contentTypeHeader.substring(0, semicolon)).strip();
        return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    public static boolean isAccepted(String mediaType) {
        return mediaType != null && ACCEPTED.contains(mediaType);
    }

    /** For responses without a Content-Type: HTML if it starts like HTML, otherwise unknown (null). */
    public static String sniff(byte[] body) {
        // the byte-order mark is read where charsets are decided; a UTF-16 one also says how to read the head
        CharsetDecision bom = CharsetDecider.byteOrderMark(body);
        int skip = bom == null ? 0 : bom.skip();
        Charset charset = bom == null || bom.charset().equals(StandardCharsets.UTF_8) ? StandardCharsets.ISO_8859_1 : bom.charset();
        int length = Math.min(body.length - skip, 1024);
        String head = new String(body, skip, length, charset).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || (head.startsWith("<") && head.contains("<html"))) {
            return "text/html";
        }
        return null;
    }
}
