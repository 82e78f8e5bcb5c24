package dev.newsflow.clean;

import java.time.OffsetDateTime;

/**
 * A fetched page as the clean stage receives it: raw bytes plus the charset evidence from the fetch.
 *
 * @param contentType     nullable, e.g. {@code text/html; charset=gbk}
 * @param declaredCharset nullable, the charset of the HTTP header when the fetcher already parsed it
 * @param carriedCharset  nullable, the charset ingest decided (carried in {@code pages.raw})
 * @param carriedCharsetSource nullable, where ingest's decision came from ({@code CharsetSource} label); without
 *                        it the decoder decides from the bytes
 */
public record RawInput(String docId, String url, byte[] body, String contentType, String declaredCharset,
                       OffsetDateTime fetchedAt, String carriedCharset, String carriedCharsetSource) {

    /** An input without carried charset evidence: the decoder decides from header, {@code <meta>} and bytes. */
    public RawInput(String docId, String url, byte[] body, String contentType, String declaredCharset,
                    OffsetDateTime fetchedAt) {
        this(docId, url, body, contentType, declaredCharset, fetchedAt, null, null);
    }

    public static RawInput ofText(String text) {
        return new RawInput(null, null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain; charset=utf-8", null, null);
    }
}
