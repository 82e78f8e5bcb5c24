package dev.newsflow.ingest.http;

/** When an exchange last made progress (connection, headers or body bytes), in {@link System#nanoTime()} units. */
final class ExchangeClock {
    private volatile long lastProgressNanos;

    ExchangeClock(long startNanos) {
        this.lastProgressNanos = startNanos;
    }

    void touch() {
        lastProgressNanos = System.nanoTime();
    }

    long lastProgressNanos() {
        return lastProgressNanos;
    }
}
