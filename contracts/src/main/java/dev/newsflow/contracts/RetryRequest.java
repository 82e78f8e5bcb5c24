package dev.newsflow.contracts;

import java.time.Instant;

/** A fetch waiting on {@code urls.retry}: the original request, which attempt comes next, and not before when. */
public record RetryRequest(int schemaVersion, UrlRequest request, int attempt, Instant notBefore, String lastReason) implements Validated {
    public static final int SCHEMA_VERSION = 1;

    @Override
    public void validate() {
        Validated.requireVersion("RetryRequest", schemaVersion, SCHEMA_VERSION);
        Validated.require("RetryRequest", request != null && request.url() != null && !request.url().isBlank(), "request.url");
        Validated.require("RetryRequest", notBefore != null, "notBefore");
        Validated.require("RetryRequest", attempt >= 1, "attempt");
    }
}
