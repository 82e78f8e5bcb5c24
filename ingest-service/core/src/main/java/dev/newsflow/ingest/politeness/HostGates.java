package dev.newsflow.ingest.politeness;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Per-host politeness: at most {@code maxConcurrency} requests in flight to a host, and at least the host's
 * delay (the policy minimum, or robots.txt Crawl-delay up to a cap) between the end of one request and the start
 * of the next, as well as between two starts. Only callers for the same host wait on each other, and only up to
 * a bound: past it they get "busy" and an estimate, so a hot host cannot hold every worker thread.
 */
public final class HostGates {

    /**
     * Idle hosts are forgotten past this many entries. Internal: it bounds memory only (a forgotten host's state
     * is rebuilt on its next request); the politeness operators tune is {@code newsflow.fetch.min-host-delay} etc.
     */
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
     * A turn on a host, or how long the host is busy for.
     *
     * @param permit  held while the request runs; null when the host stays busy longer than the caller may wait
     * @param busyFor when there is no permit: roughly how long until the host has a turn
     */
    public record Turn(Permit permit, Duration busyFor) {
        public boolean granted() {
            return permit != null;
        }
    }

    /**
     * Waits for this host's turn, at most {@code maxWait}.
     *
     * @param crawlDelay the host's Crawl-delay (already capped), or null; the larger of it and the minimum delay applies
     */
    public Turn acquire(String host, Duration crawlDelay, Duration maxWait) throws InterruptedException {
        long delayNanos = minDelay.toNanos();
        if (crawlDelay != null && crawlDelay.toNanos() > delayNanos) {
            delayNanos = crawlDelay.toNanos();
        }
        if (gates.size() > EVICT_ABOVE) {
            evictIdle();
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        Gate gate = gates.computeIfAbsent(host, h -> new Gate(maxConcurrency));
        if (!gate.slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            return new Turn(null, maxWait);
        }
        try {
            long startAt;
            synchronized (gate) {
                long now = System.nanoTime();
                startAt = Math.max(now, gate.nextStartNanos);
                if (startAt - deadline > 0) {
                    gate.slots.release();
                    return new Turn(null, Duration.ofNanos(startAt - now));
                }
                gate.nextStartNanos = startAt + delayNanos;
            }
            long wait = startAt - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            gate.slots.release();
            throw e;
        }
        long finalDelay = delayNanos;
        return new Turn(() -> {
            synchronized (gate) {
                gate.nextStartNanos = Math.max(gate.nextStartNanos, System.nanoTime() + finalDelay);
            }
            gate.slots.release();
        }, Duration.ZERO);
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
