package dev.newsflow.ingest;

import dev.newsflow.contracts.UrlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** robots.txt, per-host delay and concurrency, Crawl-delay. */
@Timeout(30)
class FetcherPolitenessTest {

    private static final byte[] HTML = "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8);

    private final LocalServer server;
    private final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    FetcherPolitenessTest() throws IOException {
        server = new LocalServer();
        server.page("/public", "text/html", HTML);
        server.page("/other", "text/html", HTML);
        server.page("/private/secret", "text/html", HTML);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Fetcher robotsFetcher(FetchPolicy policy) {
        return TestFetchers.fetcher(policy.withRespectRobots(true), new InMemoryFetchHistory(), TestFetchers.resolver(java.util.Map.of()), clock);
    }

    private void robots(int status, String text) {
        server.route("/robots.txt", ex -> LocalServer.send(ex, status, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void robotsDisallowIsRejectedAndRobotsTxtIsFetchedOncePerSite() {
        robots(200, "User-agent: *\nDisallow: /private\n");
        try (Fetcher fetcher = robotsFetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class,
                    fetcher.fetch(UrlRequest.of(server.url("/private/secret")), 1));
            assertTrue(rejected.reason().contains("robots.txt"), rejected.reason());
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/public")), 1));
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/other")), 1));
        }
        assertEquals(0, server.count("/private/secret"));
        assertEquals(1, server.count("/robots.txt"));
        assertEquals(FetchPolicy.DEFAULT_USER_AGENT, server.requestsTo("/robots.txt").get(0).header("User-Agent"));
    }

    @Test
    void rulesForOurProductTokenApply() {
        robots(200, "User-agent: newsflow\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
        try (Fetcher fetcher = robotsFetcher(TestFetchers.loopbackPolicy())) {
            assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/public")), 1));
        }
        assertEquals(0, server.count("/public"));
    }

    @Test
    void robotsNotFoundMeansAllowed() {
        try (Fetcher fetcher = robotsFetcher(TestFetchers.loopbackPolicy())) {
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/private/secret")), 1));
        }
        assertEquals(1, server.count("/robots.txt"));
    }

    @Test
    void robotsServerErrorDefersTheSiteUntilTheErrorExpires() {
        robots(503, "down");
        try (Fetcher fetcher = robotsFetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/public")), 1));
            assertEquals(clock.instant().plus(FetchPolicy.defaults().robotsErrorTtl()), retry.notBefore());
            assertEquals(2, retry.nextAttempt());
            assertTrue(retry.reason().contains("503"), retry.reason());
            // still within the error period: no new robots.txt request, still deferred
            clock.advance(Duration.ofMinutes(5));
            assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/other")), 1));
            assertEquals(1, server.count("/robots.txt"));

            robots(200, "User-agent: *\nAllow: /\n");
            clock.advance(FetchPolicy.defaults().robotsErrorTtl());
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/public")), retry.nextAttempt()));
        }
        assertEquals(2, server.count("/robots.txt"));
        assertEquals(1, server.count("/public"));
    }

    @Test
    void cachedRulesExpire() {
        robots(200, "User-agent: *\nAllow: /\n");
        try (Fetcher fetcher = robotsFetcher(TestFetchers.loopbackPolicy())) {
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/public")), 1));
            robots(200, "User-agent: *\nDisallow: /\n");
            clock.advance(Duration.ofHours(1));
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/other")), 1), "cached allow");
            clock.advance(FetchPolicy.defaults().robotsTtl());
            assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/private/secret")), 1), "re-read disallow");
        }
        assertEquals(2, server.count("/robots.txt"));
    }

    @Test
    void crawlDelayIsHonoredUpToTheCap() {
        robots(200, "User-agent: *\nCrawl-delay: 30\n");
        FetchPolicy policy = TestFetchers.loopbackPolicy().withPoliteness(Duration.ZERO, 1, Duration.ofMillis(300));
        try (Fetcher fetcher = robotsFetcher(policy)) {
            long start = System.nanoTime();
            for (String path : List.of("/public", "/other", "/private/secret")) {
                assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url(path)), 1));
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMs < 3000, "capped at 300 ms, not 30 s: " + elapsedMs);
        }
        assertGapsAtLeast(pageRequests(), 280);
    }

    @Test
    void minimumDelayBetweenRequestsToOneHost() {
        FetchPolicy policy = TestFetchers.loopbackPolicy().withPoliteness(Duration.ofMillis(250), 1, Duration.ofSeconds(1));
        try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
            for (String path : List.of("/public", "/other", "/private/secret")) {
                assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url(path)), 1));
            }
        }
        assertGapsAtLeast(pageRequests(), 230);
    }

    @Test
    void concurrencyPerHostIsCapped() throws Exception {
        server.route("/slow", ex -> {
            sleep(150);
            LocalServer.send(ex, 200, "text/html", HTML);
        });
        FetchPolicy policy = TestFetchers.loopbackPolicy().withPoliteness(Duration.ZERO, 2, Duration.ofSeconds(1));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
            List<Future<FetchOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> fetcher.fetch(new UrlRequest(1, server.url("/slow"), null, true), 1)));
            }
            for (Future<FetchOutcome> result : results) {
                assertInstanceOf(FetchOutcome.Fetched.class, result.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, server.count("/slow"));
        assertEquals(2, server.maxInFlight.get());
    }

    @Test
    void aBusyHostDoesNotDelayOtherHosts() throws Exception {
        try (LocalServer other = new LocalServer("127.0.0.2")) {
            other.page("/fast", "text/html", HTML);
            server.route("/slow", ex -> {
                sleep(1500);
                LocalServer.send(ex, 200, "text/html", HTML);
            });
            FetchPolicy policy = TestFetchers.loopbackPolicy().withPoliteness(Duration.ofSeconds(1), 1, Duration.ofSeconds(1));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
                Future<FetchOutcome> slow = pool.submit(() -> fetcher.fetch(UrlRequest.of(server.url("/slow")), 1));
                Future<FetchOutcome> queued = pool.submit(() -> fetcher.fetch(UrlRequest.of(server.url("/public")), 1));
                sleep(100);
                long start = System.nanoTime();
                assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(other.url("/fast")), 1));
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                assertTrue(elapsedMs < 700, "other host served in " + elapsedMs + " ms");
                assertInstanceOf(FetchOutcome.Fetched.class, slow.get(10, TimeUnit.SECONDS));
                assertInstanceOf(FetchOutcome.Fetched.class, queued.get(10, TimeUnit.SECONDS));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aFetchWaitingTooLongForItsHostTurnReturnsARetryInsteadOfBlocking() {
        FetchPolicy policy = TestFetchers.loopbackPolicy()
                .withPoliteness(Duration.ofSeconds(3), 1, Duration.ofSeconds(1))
                .withMaxHostWait(Duration.ofMillis(300));
        try (Fetcher fetcher = TestFetchers.fetcher(policy, new InMemoryFetchHistory(), TestFetchers.resolver(java.util.Map.of()), clock)) {
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/public")), 1));
            long start = System.nanoTime();
            FetchOutcome.Retry busy = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/other")), 2));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "did not wait for the 3 s delay");
            assertEquals(2, busy.nextAttempt(), "no attempt spent");
            assertTrue(busy.reason().contains("busy"), busy.reason());
            // next turn in about 3 s, spread by the test jitter (0.5): about 4.5 s
            Duration wait = Duration.between(clock.instant(), busy.notBefore());
            assertTrue(wait.compareTo(Duration.ofSeconds(3)) > 0 && wait.compareTo(Duration.ofSeconds(5)) < 0, wait.toString());
        }
        assertEquals(1, pageRequests().size());
    }

    private List<LocalServer.Seen> pageRequests() {
        return server.requests.stream().filter(r -> !r.path().equals("/robots.txt")).toList();
    }

    private static void assertGapsAtLeast(List<LocalServer.Seen> requests, long millis) {
        assertEquals(3, requests.size());
        for (int i = 1; i < requests.size(); i++) {
            long gapMs = (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
            assertTrue(gapMs >= millis, "gap " + gapMs + " ms between requests " + (i - 1) + " and " + i);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
