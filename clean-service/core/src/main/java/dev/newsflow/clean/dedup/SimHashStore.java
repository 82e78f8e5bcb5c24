package dev.newsflow.clean.dedup;

import java.util.Optional;

/**
 * Where seen SimHashes live. The in-memory store serves one process; an implementation over a shared store
 * (Elasticsearch in clean-service) lets several replicas see each other's documents. Implementations must be
 * thread-safe.
 * <p>
 * Stable verdicts: a document is only ever a near-duplicate of a document seen <em>before its own first
 * sighting</em>, never of itself (same document id) and never of a copy seen after it. So a redelivered record
 * (after a crash, a replay or a re-fetch of the same URL) gets the verdict it got the first time.
 */
public interface SimHashStore {

    /**
     * The first-seen document other than {@code docId} whose hash is within {@code maxDistance} bits and that was
     * seen before {@code docId} was first seen (any such document when {@code docId} was never seen), if any.
     */
    Optional<String> findNear(String docId, long simhash, int maxDistance);

    /** Records the document's hash; a document seen before keeps the time (order) of its first sighting. */
    void put(String docId, long simhash);

    /** {@link #findNear} then {@link #put}: a store that can do both at once (one round, one clock) overrides it. */
    default Optional<String> check(String docId, long simhash, int maxDistance) {
        Optional<String> near = findNear(docId, simhash, maxDistance);
        put(docId, simhash);
        return near;
    }

    /**
     * {@link #check}, with the wait left to the caller: checks asked in order are judged in that order, so that a
     * caller may ask for all its documents' verdicts first and a store that batches (one request per round) answers
     * them together. This default judges at once.
     */
    default PendingCheck checkLater(String docId, long simhash, int maxDistance) {
        return PendingCheck.answered(check(docId, simhash, maxDistance));
    }
}
