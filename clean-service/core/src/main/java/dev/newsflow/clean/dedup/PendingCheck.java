package dev.newsflow.clean.dedup;

import java.util.Optional;

/**
 * A near-duplicate verdict asked for and not yet waited on. Asking for the verdicts of a batch's documents before
 * waiting on any lets a store answer them in one round ({@link SimHashStore#checkLater}).
 */
@FunctionalInterface
public interface PendingCheck {
    /** The verdict: the first-seen near-duplicate, if any (blocks until the store answers). */
    Optional<String> await();

    /** No near-duplicate, known at once (no detector, or a text too short to compare). */
    PendingCheck NONE = () -> Optional.empty();

    static PendingCheck answered(Optional<String> verdict) {
        return () -> verdict;
    }
}
