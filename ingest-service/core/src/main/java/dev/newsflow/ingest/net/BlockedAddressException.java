package dev.newsflow.ingest.net;

/** The URL's host resolves to an address the fetcher must not connect to. Permanent. */
public final class BlockedAddressException extends Exception {
    public BlockedAddressException(String message) {
        super(message);
    }
}
