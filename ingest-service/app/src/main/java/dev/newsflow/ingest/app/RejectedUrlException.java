package dev.newsflow.ingest.app;

/** A URL that will not be fetched; the record goes to {@code urls.dlq} (or {@code urls.retry.dlq}) with this reason. */
public class RejectedUrlException extends IllegalArgumentException {
    public RejectedUrlException(String message) {
        super(message);
    }
}
