package dev.newsflow.clean.dedup;

import java.util.Optional;

/**
 * Where seen SimHashes live. The in-memory store serves one process; an implementation over a shared store
 * (Redis, a database table keyed by the four 16-bit bands) lets several replicas see each other's documents.
 * Implementations must be thread-safe.
 */
public interface SimHashStore {

    /** Some document other than {@code docId} whose hash is within {@code maxDistance} bits, if any. */
    Optional<String> findNear(String docId, long simhash, int maxDistance);

    /** Records the document's hash (replacing an earlier hash of the same document). */
    void put(String docId, long simhash);
}
