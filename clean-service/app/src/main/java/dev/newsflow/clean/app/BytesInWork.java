package dev.newsflow.clean.app;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the body bytes being cleaned at once across the worker threads. Cleaning holds several times a page's
 * bytes (decoded text, the DOM), so a few multi-megabyte pages at once, not the number of pages, exhaust a small
 * heap; ordinary pages never wait. A page larger than the whole budget takes all of it and runs alone.
 */
final class BytesInWork {
    private static final int UNIT = 1024;
    private final Semaphore permits;
    private final int total;

    BytesInWork(long budgetBytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / UNIT));
        this.permits = new Semaphore(total, true);
    }

    <T> T run(int bodyBytes, Supplier<T> work) {
        int need = Math.max(1, Math.min(total, bodyBytes / UNIT));
        permits.acquireUninterruptibly(need);
        try {
            return work.get();
        } finally {
            permits.release(need);
        }
    }

    int available() {
        return permits.availablePermits() * UNIT;
    }
}
