package dev.newsflow.ingest.app;

import dev.newsflow.contracts.UrlRequest;

import java.time.Instant;

/** A fetch waiting on {@code urls.retry}: the original request, which attempt comes next, and not before when. */
public record RetryRequest(int schemaVersion, UrlRequest request, int attempt, Instant notBefore, String lastReason) {
    public static final int SCHEMA_VERSION = 1;
}
