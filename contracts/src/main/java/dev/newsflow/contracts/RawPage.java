package dev.newsflow.contracts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A fetched page, on topic {@code pages.raw}. The body is kept as bytes (base64 in JSON) so that
 * the clean stage can decode it with all charset evidence at hand.
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

    @Override
    public void validate() {
        Validated.requireVersion("RawPage", schemaVersion, SCHEMA_VERSION);
        Validated.require("RawPage", docId != null && !docId.isBlank(), "docId");
        Validated.require("RawPage", url != null && !url.isBlank(), "url");
        Validated.require("RawPage", body != null, "body");
    }
}
