package dev.newsflow.clean.dedup;

import java.util.Optional;

/**
 * Near-duplicate detection by SimHash distance. The store is pluggable so that replicas can share it.
 * Documents too short to fingerprint reliably are not compared.
 */
public final class DuplicateDetector {
    /**
     * Differing SimHash bits (of 64) up to which two documents are near-duplicates. Deliberately a rule, not an
     * operator setting: it defines the {@code near_duplicate} flag downstream stages and analysts rely on, and is
     * pinned by the dedup tests; callers that need another pass it to {@link #DuplicateDetector(SimHashStore, int)}.
     */
    public static final int DEFAULT_MAX_DISTANCE = 3;
    /**
     * Documents a process-local store remembers (the CLI, tests, a service run with {@code newsflow.dedup.store}
     * other than elasticsearch). Internal: replicas that must agree share the Elasticsearch store, which has no cap.
     */
    public static final int IN_MEMORY_CAPACITY = 100_000;
    /** Shorter texts have too few shingles for a stable fingerprint; internal for the same reason. */
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
        return checkLater(docId, simhash, textLength).await();
    }

    /** {@link #check} without waiting for the verdict (see {@link SimHashStore#checkLater}). */
    public PendingCheck checkLater(String docId, long simhash, int textLength) {
        if (docId == null || textLength < MIN_LENGTH) {
            return PendingCheck.NONE;
        }
        return store.checkLater(docId, simhash, maxDistance);
    }
}
