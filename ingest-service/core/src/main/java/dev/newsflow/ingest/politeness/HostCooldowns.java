package dev.newsflow.ingest.politeness;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hosts that asked us to back off (HTTP 429, or 503 with Retry-After): until then, no URL of that host is
 * requested, not only the one that got the answer.
 */
public final class HostCooldowns {

    /**
     * Idle hosts are forgotten past this many entries. Internal: it bounds memory only (a forgotten host's state
     * is rebuilt on its next request); the politeness operators tune is {@code newsflow.fetch.min-host-delay} etc.
     */
    private static final int EVICT_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Instant> until = new ConcurrentHashMap<>();

    public HostCooldowns(Clock clock) {
        this.clock = clock;
    }

    /** When the host may be asked again, or null if it may be asked now. */
    public Instant activeUntil(String host) {
        Instant end = until.get(host);
        if (end == null) {
            return null;
        }
        if (!clock.instant().isBefore(end)) {
            until.remove(host, end);
            return null;
        }
        return end;
    }

    public void coolDown(String host, Instant end) {
        if (until.size() > EVICT_ABOVE) {
            Instant now = clock.instant();
            until.values().removeIf(t -> !now.isBefore(t));
        }
        until.merge(host, end, (a, b) -> a.isAfter(b) ? a : b);
    }
}
