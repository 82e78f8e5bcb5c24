package dev.newsflow.ingest;

import dev.newsflow.ingest.net.HostResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Policies and fetchers sized for tests: short timeouts, no politeness delay, loopback allowlisted. */
final class TestFetchers {
    private TestFetchers() {
    }

    static FetchPolicy loopbackPolicy() {
        return FetchPolicy.defaults()
                .withAllowedHosts(Set.of("127.0.0.0/8"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withPoliteness(Duration.ZERO, 4, Duration.ofSeconds(1))
                .withRetries(3, Duration.ofSeconds(10), Duration.ofMinutes(10))
                .withRespectRobots(false);
    }

    /** Resolves names from a fixed table; unknown names fail. Never asks DNS. */
    static HostResolver resolver(Map<String, String> table) {
        return host -> {
            String address = table.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(address));
        };
    }

    static Fetcher fetcher(FetchPolicy policy) {
        return fetcher(policy, new InMemoryFetchHistory(), resolver(Map.of()), Clock.systemUTC());
    }

    static Fetcher fetcher(FetchPolicy policy, FetchHistory history, HostResolver resolver, Clock clock) {
        return new Fetcher(policy, history, resolver, clock, () -> 0.5);
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
