package dev.newsflow.index;

/** What Elasticsearch said about one document of a bulk request. */
public sealed interface IndexResult {
    String docId();

    /** Written (created or updated to the same or a newer version). */
    record Indexed(String docId) implements IndexResult {
    }

    /** A newer version of the document is already indexed; this one was ignored. */
    record Stale(String docId) implements IndexResult {
    }

    /** Rejected for good (e.g. a mapping error); belongs on the dead-letter topic with this reason. */
    record Rejected(String docId, int status, String reason) implements IndexResult {
    }
}
