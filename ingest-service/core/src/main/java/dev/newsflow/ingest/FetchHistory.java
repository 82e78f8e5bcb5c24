package dev.newsflow.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * What the fetcher remembers of each document between fetches: when it was last fetched and the validators
 * for a conditional GET. In memory by default ({@link InMemoryFetchHistory}); the service may back it by a shared store.
 * Implementations must be thread-safe.
 */
public interface FetchHistory {

    /**
     * @param fetchedAt    when the page was last fetched (or confirmed unchanged)
     * @param etag         the ETag response header, or null
     * @param lastModified the Last-Modified response header, or null
     * @param contentHash  SHA-256 hex of the body last sent downstream
     */
    record Entry(Instant fetchedAt, String etag, String lastModified, String contentHash) {
    }

    Optional<Entry> get(String docId);

    void put(String docId, Entry entry);

    void remove(String docId);
}
