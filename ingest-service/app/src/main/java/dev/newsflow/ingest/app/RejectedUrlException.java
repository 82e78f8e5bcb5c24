package dev.newsflow.ingest.app;

/** A URL that will not be fetched; thrown so that the connector moves the record to {@code urls.dlq} with this reason. */
public class RejectedUrlException extends RuntimeException {
    public RejectedUrlException(String message) {
        super(message, null, false, false);
    }
}
