package dev.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A fetched page, on topic {@code pages.raw}. The body is kept as bytes so that the clean stage can decode it with
 * all charset evidence at hand. On Kafka it travels in {@link RawPageRecord}'s envelope (bytes as fetched); as JSON
 * (the REST endpoint, records written before the envelope) the body is base64.
 *
 * @param declaredCharset what the page declares (HTTP header, else {@code <meta>}), canonical; nullable
 * @param detectedCharset the charset ingest decided the body is in (common's {@code CharsetDecider}), canonical;
 *                        nullable. Records written before {@code charsetSource} existed hold the bytes' own guess
 * @param charsetSource   where that decision came from: {@code bom}, {@code header}, {@code meta},
 *                        {@code utf8-overrules-declaration} or {@code detected}; null when not carried (older
 *                        records, pages built elsewhere), then clean decides again from the bytes
 */
public record RawPage(
        int schemaVersion,
        String docId,
        String url,
        String finalUrl,
        List<String> redirects,
        int status,
        Map<String, String> headers,
        String contentType,
        String declaredCharset,
        String detectedCharset,
        byte[] body,
        boolean truncated,
        OffsetDateTime fetchedAt,
        String contentHash,
        String source,
        String charsetSource) implements Validated {
    public static final int SCHEMA_VERSION = 1;

    @JsonCreator
    public RawPage {
    }

    /** A page without carried charset evidence (its source unknown): clean decides the charset from the bytes. */
    public RawPage(int schemaVersion, String docId, String url, String finalUrl, List<String> redirects, int status,
                   Map<String, String> headers, String contentType, String declaredCharset, String detectedCharset,
                   byte[] body, boolean truncated, OffsetDateTime fetchedAt, String contentHash, String source) {
        this(schemaVersion, docId, url, finalUrl, redirects, status, headers, contentType, declaredCharset,
                detectedCharset, body, truncated, fetchedAt, contentHash, source, null);
    }

    public RawPage withBody(byte[] newBody) {
        return new RawPage(schemaVersion, docId, url, finalUrl, redirects, status, headers, contentType, declaredCharset,
                detectedCharset, newBody, truncated, fetchedAt, contentHash, source, charsetSource);
    }

    @Override
    public void validate() {
        Validated.requireVersion("RawPage", schemaVersion, SCHEMA_VERSION);
        Validated.require("RawPage", docId != null && !docId.isBlank(), "docId");
        Validated.require("RawPage", url != null && !url.isBlank(), "url");
        Validated.require("RawPage", body != null, "body");
    }
}
