package dev.newsflow.ingest.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * At most {@code size} retries waiting for their not-before time in this process. The retry channel asks for a
 * place before it takes the next record, so beyond the window retries wait in Kafka ({@code urls.retry}; the
 * connector pauses the partitions once its small buffer is full), never in an unbounded timer queue. The channel
 * calls {@link #acquire()} one record at a time, so there is at most one waiter.
 */
final class RetryWindow {
    private final int size;
    private int taken;
    private CompletableFuture<Void> waiter;

    RetryWindow(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the retry window needs at least one place");
        }
        this.size = size;
    }

    synchronized CompletionStage<Void> acquire() {
        if (taken < size) {
            taken++;
            return CompletableFuture.completedFuture(null);
        }
        waiter = new CompletableFuture<>();
        return waiter;
    }

    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiter;
            waiter = null;
            if (next == null) {
                taken--;
            }
        }
        if (next != null) {
            next.complete(null); // the place passes straight to the waiting record
        }
    }

    synchronized int taken() {
        return taken;
    }
}
