package dev.newsflow.ingest;

import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.UrlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retry decisions: the fetcher never sleeps on a failure, it says when to try again. */
@Timeout(30)
class FetcherRetryTest {

    private static final byte[] HTML = "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8);

    private final LocalServer server;
    private final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    FetcherRetryTest() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Fetcher fetcher() {
        // 3 attempts, 10 s base backoff, jitter fixed at the middle of its range
        return TestFetchers.fetcher(TestFetchers.loopbackPolicy(), new InMemoryFetchHistory(), TestFetchers.resolver(Map.of()), clock);
    }

    @Test
    void tooManyRequestsHonorsRetryAfterSeconds() {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            LocalServer.send(ex, 429, "text/plain", "slow down".getBytes());
        });
        try (Fetcher fetcher = fetcher()) {
            long start = System.nanoTime();
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/busy")), 1));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "decides, does not wait");
            assertEquals(server.url("/busy"), retry.url());
            assertEquals(2, retry.nextAttempt());
            assertEquals(clock.instant().plusSeconds(120), retry.notBefore());
            assertTrue(retry.reason().contains("429"), retry.reason());
        }
    }

    @Test
    void aHostThatAskedToBackOffIsLeftAloneForAllItsUrls() throws IOException {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "60");
            LocalServer.send(ex, 429, "text/plain", "slow down".getBytes());
        });
        server.page("/calm", "text/html", HTML);
        try (LocalServer other = new LocalServer("127.0.0.3"); Fetcher fetcher = fetcher()) {
            other.page("/calm", "text/html", HTML);
            assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/busy")), 1));

            FetchOutcome.Retry deferred = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/calm")), 1));
            assertEquals(1, deferred.nextAttempt(), "not this URL's failure: no attempt spent");
            assertEquals(clock.instant().plusSeconds(60), deferred.notBefore());
            assertEquals(0, server.count("/calm"));
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(other.url("/calm")), 1), "other hosts unaffected");

            clock.advance(Duration.ofSeconds(61));
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/calm")), 1));
        }
    }

    @Test
    void retryAfterAsAnHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(90).atOffset(ZoneOffset.UTC));
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", date);
            LocalServer.send(ex, 503, "text/plain", "maintenance".getBytes());
        });
        try (Fetcher fetcher = fetcher()) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/busy")), 1));
            assertEquals(clock.instant().plusSeconds(90), retry.notBefore());
        }
    }

    @Test
    void serverErrorsBackOffExponentiallyThenGiveUp() {
        server.route("/flaky", ex -> LocalServer.send(ex, 500, "text/plain", "boom".getBytes()));
        try (Fetcher fetcher = fetcher()) {
            FetchOutcome.Retry first = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/flaky")), 1));
            // base 10 s, equal jitter at 0.5: 5 s + 2.5 s
            assertEquals(clock.instant().plusMillis(7_500), first.notBefore());
            FetchOutcome.Retry second = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(first.url()), first.nextAttempt()));
            assertEquals(clock.instant().plusMillis(15_000), second.notBefore());
            assertEquals(3, second.nextAttempt());
            FetchOutcome.Rejected last = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(second.url()), second.nextAttempt()));
            assertEquals(500, last.status());
            assertTrue(last.reason().contains("gave up after 3 attempts"), last.reason());
        }
    }

    @Test
    void notImplementedIsPermanentAtOnce() {
        server.route("/never", ex -> LocalServer.send(ex, 501, "text/plain", "no".getBytes()));
        try (Fetcher fetcher = fetcher()) {
            assertEquals(501, assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/never")), 1)).status());
        }
    }

    /**
     * The retry lives in the returned decision, not in the fetcher: the decision survives a restart (here: serialized,
     * the fetcher closed, a new one created) and the next attempt picks up where the old process stopped.
     */
    @Test
    void retriesSurviveARestartOfTheFetcher() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/recovering", ex -> {
            if (calls.incrementAndGet() <= 2) {
                LocalServer.send(ex, 503, "text/plain", "later".getBytes());
            } else {
                LocalServer.send(ex, 200, "text/html", HTML);
            }
        });
        String persisted;
        try (Fetcher before = fetcher()) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, before.fetch(UrlRequest.of(server.url("/recovering")), 1));
            persisted = Json.write(retry);
        }
        FetchOutcome.Retry restored = Json.read(persisted, FetchOutcome.Retry.class);
        assertEquals(2, restored.nextAttempt());
        try (Fetcher after = fetcher()) {
            FetchOutcome.Retry again = assertInstanceOf(FetchOutcome.Retry.class, after.fetch(UrlRequest.of(restored.url()), restored.nextAttempt()));
            assertEquals(3, again.nextAttempt());
            clock.advance(Duration.between(clock.instant(), again.notBefore()));
            assertInstanceOf(FetchOutcome.Fetched.class, after.fetch(UrlRequest.of(again.url()), again.nextAttempt()));
        }
        assertEquals(3, calls.get());
    }

    @Test
    void anInterruptedFetchIsRetriedAsTheSameAttempt() throws Exception {
        server.route("/hang", ex -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalServer.send(ex, 200, "text/html", HTML);
        });
        try (Fetcher fetcher = fetcher()) {
            CompletableFuture<Thread> worker = new CompletableFuture<>();
            CompletableFuture<FetchOutcome> outcome = CompletableFuture.supplyAsync(() -> {
                worker.complete(Thread.currentThread());
                return fetcher.fetch(UrlRequest.of(server.url("/hang")), 2);
            });
            Thread thread = worker.get(5, TimeUnit.SECONDS);
            while (server.count("/hang") == 0) {
                Thread.sleep(10);
            }
            thread.interrupt();
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, outcome.get(5, TimeUnit.SECONDS));
            assertEquals(2, retry.nextAttempt());
            assertTrue(retry.reason().contains("interrupted"), retry.reason());
        }
    }

    @Test
    void unknownHostIsRetriedThenRejected() {
        var policy = TestFetchers.loopbackPolicy().withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(4));
        try (Fetcher fetcher = TestFetchers.fetcher(policy, new InMemoryFetchHistory(), TestFetchers.resolver(Map.of()), clock)) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of("http://no-such-host.invalid/"), 1));
            assertTrue(retry.reason().contains("unknown host"), retry.reason());
            assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(retry.url()), retry.nextAttempt()));
        }
    }
}
