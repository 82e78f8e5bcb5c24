package dev.newsflow.clean.dedup;

import java.util.Optional;

/**
 * Near-duplicate detection by SimHash distance. The store is pluggable so that replicas can share it.
 * Documents too short to fingerprint reliably are not compared.
 */
public final class DuplicateDetector {
    public static final int DEFAULT_MAX_DISTANCE = 3;
    private static final int MIN_LENGTH = 50;
    private final SimHashStore store;
    private final int maxDistance;

    public DuplicateDetector(SimHashStore store, int maxDistance) {
        this.store = store;
        this.maxDistance = maxDistance;
    }

    public static DuplicateDetector inMemory(int capacity) {
        return new DuplicateDetector(new InMemorySimHashStore(capacity), DEFAULT_MAX_DISTANCE);
    }

    /** The id of an earlier near-duplicate, if any; records this document either way. */
    public Optional<String> check(String docId, long simhash, int textLength) {
        if (docId == null || textLength < MIN_LENGTH) {
            return Optional.empty();
        }
        return store.check(docId, simhash, maxDistance);
    }
}
