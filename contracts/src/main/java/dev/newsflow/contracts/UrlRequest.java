package dev.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A request to fetch a page, on topic {@code urls}. Producers may send a bare URL string instead of JSON.
 *
 * @param url    the page to fetch (http or https)
 * @param source optional producer-side label of where the URL came from
 * @param force  fetch again even if the page was fetched recently
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record UrlRequest(int schemaVersion, String url, String source, boolean force) {
    public static final int SCHEMA_VERSION = 1;

    public UrlRequest {
        if (schemaVersion == 0) {
            schemaVersion = SCHEMA_VERSION;
        }
    }

    public static UrlRequest of(String url) {
        return new UrlRequest(SCHEMA_VERSION, url, null, false);
    }

    /** Reads a record value: a JSON object, or a plain URL (what {@code kcat -P} sends). */
    public static UrlRequest parse(String value) {
        if (value == null || value.isBlank()) {
            throw new DocIds.InvalidUrlException("empty record: expected a URL or {\"url\": ...}");
        }
        String trimmed = value.strip();
        if (trimmed.startsWith("{")) {
            UrlRequest request = Json.read(trimmed, UrlRequest.class);
            if (request.schemaVersion() != SCHEMA_VERSION) {
                throw new Json.MessageFormatException("unsupported schemaVersion " + request.schemaVersion()
                        + " of UrlRequest (this reader knows " + SCHEMA_VERSION + ")", null);
            }
            if (request.url() == null) {
                throw new DocIds.InvalidUrlException("JSON request has no \"url\" field");
            }
            return request;
        }
        return of(trimmed);
    }
}
