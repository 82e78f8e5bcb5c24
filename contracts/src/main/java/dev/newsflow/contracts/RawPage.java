package dev.newsflow.contracts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A fetched page, on topic {@code pages.raw}. The body is kept as bytes so that the clean stage can decode it with
 * all charset evidence at hand. On Kafka it travels in {@link RawPageRecord}'s envelope (bytes as fetched); as JSON
 * (the REST endpoint, records written before the envelope) the body is base64.
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
        String source) implements Validated {
    public static final int SCHEMA_VERSION = 1;

    public RawPage withBody(byte[] newBody) {
        return new RawPage(schemaVersion, docId, url, finalUrl, redirects, status, headers, contentType, declaredCharset,
                detectedCharset, newBody, truncated, fetchedAt, contentHash, source);
    }

    @Override
    public void validate() {
        Validated.requireVersion("RawPage", schemaVersion, SCHEMA_VERSION);
        Validated.require("RawPage", docId != null && !docId.isBlank(), "docId");
        Validated.require("RawPage", url != null && !url.isBlank(), "url");
        Validated.require("RawPage", body != null, "body");
    }
}
