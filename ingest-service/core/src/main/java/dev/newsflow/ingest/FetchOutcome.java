package dev.newsflow.ingest;

import dev.newsflow.contracts.RawPage;

import java.time.Instant;

/** What became of one fetch attempt. Exactly one of four things; the adapter routes each to its topic. */
public sealed interface FetchOutcome {

    /** The URL this outcome is about: canonical when it could be canonicalized, else as requested. */
    String url();

    /** A short label for metrics: fetched, not_modified, retry or rejected. */
    default String kind() {
        if (this instanceof Fetched) {
            return "fetched";
        }
        if (this instanceof NotModified) {
            return "not_modified";
        }
        return this instanceof Retry ? "retry" : "rejected";
    }

    /** The host of {@link #url()} for per-host metrics, lower case; "invalid" when the URL has none. */
    default String host() {
        try {
            String host = java.net.URI.create(url()).getHost();
            return host == null ? "invalid" : host.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }

    /** The page, for {@code pages.raw}. */
    record Fetched(RawPage page) implements FetchOutcome {
        @Override
        public String url() {
            return page.url();
        }
    }

    /** Nothing to send downstream: the server said 304, the body hash is unchanged, or the URL was fetched recently and not forced. */
    record NotModified(String docId, String url) implements FetchOutcome {
    }

    /** A transient failure: fetch {@code url} again as attempt {@code nextAttempt}, not before {@code notBefore}. */
    record Retry(String url, int nextAttempt, Instant notBefore, String reason) implements FetchOutcome {
    }

    /** A permanent failure, for the dead-letter topic. {@code status} is the last HTTP status, 0 when there was none. */
    record Rejected(String url, int status, String reason) implements FetchOutcome {
    }
}
