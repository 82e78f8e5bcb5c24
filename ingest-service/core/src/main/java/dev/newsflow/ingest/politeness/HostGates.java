package dev.newsflow.ingest.politeness;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most {@code maxConcurrency} requests in flight to a host, and at least the host's
 * delay (the policy minimum, or robots.txt Crawl-delay up to a cap) between the end of one request and the start
 * of the next, as well as between two starts. Only callers for the same host wait on each other.
 */
public final class HostGates {

    private static final int EVICT_ABOVE = 10_000;

    private final Duration minDelay;
    private final int maxConcurrency;
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    public HostGates(Duration minDelay, int maxConcurrency) {
        this.minDelay = minDelay;
        this.maxConcurrency = maxConcurrency;
    }

    /** A slot held on a host; close it when the request is over. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Blocks until this host may be requested.
     *
     * @param crawlDelay the host's Crawl-delay (already capped), or null; the larger of it and the minimum delay applies
     */
    public Permit acquire(String host, Duration crawlDelay) throws InterruptedException {
        long delayNanos = minDelay.toNanos();
        if (crawlDelay != null && crawlDelay.toNanos() > delayNanos) {
            delayNanos = crawlDelay.toNanos();
        }
        if (gates.size() > EVICT_ABOVE) {
            evictIdle();
        }
        Gate gate = gates.computeIfAbsent(host, h -> new Gate(maxConcurrency));
        gate.slots.acquire();
        try {
            long startAt;
            synchronized (gate) {
                long now = System.nanoTime();
                startAt = Math.max(now, gate.nextStartNanos);
                gate.nextStartNanos = startAt + delayNanos;
            }
            long wait = startAt - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            gate.slots.release();
            throw e;
        }
        long finalDelay = delayNanos;
        return () -> {
            synchronized (gate) {
                gate.nextStartNanos = Math.max(gate.nextStartNanos, System.nanoTime() + finalDelay);
            }
            gate.slots.release();
        };
    }

    private void evictIdle() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<String, Gate>> it = gates.entrySet().iterator(); it.hasNext(); ) {
            Gate gate = it.next().getValue();
            synchronized (gate) {
                if (gate.slots.availablePermits() == maxConcurrency && now - gate.nextStartNanos > 0) {
                    it.remove();
                }
            }
        }
    }

    private static final class Gate {
        final Semaphore slots;
        long nextStartNanos = System.nanoTime() - 1;

        Gate(int permits) {
            this.slots = new Semaphore(permits, true);
        }
    }
}
