package dev.newsflow.ingest;

import dev.newsflow.contracts.RawPage;

import java.time.Instant;

/** What became of one fetch attempt. Exactly one of four things; the adapter routes each to its topic. */
public sealed interface FetchOutcome {

    /** The page, for {@code pages.raw}. */
    record Fetched(RawPage page) implements FetchOutcome {
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
