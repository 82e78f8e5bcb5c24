package dev.newsflow.ingest;

import dev.newsflow.contracts.UrlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Seen-recently skipping, conditional GET, and unchanged pages not re-sent. */
@Timeout(30)
class FetcherRefetchTest {

    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Wed, 31 Dec 2025 10:00:00 GMT";

    private final LocalServer server;
    private final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryFetchHistory history = new InMemoryFetchHistory();

    FetcherRefetchTest() throws IOException {
        server = new LocalServer();
        server.route("/validated", ex -> {
            if (ETAG.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", ETAG);
            ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            LocalServer.send(ex, 200, "text/html", "<html>v1</html>".getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Fetcher fetcher() {
        FetchPolicy policy = TestFetchers.loopbackPolicy().withRefetchAfter(Duration.ofHours(1));
        return TestFetchers.fetcher(policy, history, TestFetchers.resolver(Map.of()), clock);
    }

    @Test
    void aRecentlyFetchedUrlIsNotFetchedAgainUnlessForced() {
        try (Fetcher fetcher = fetcher()) {
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/validated")), 1));
            clock.advance(Duration.ofMinutes(30));
            FetchOutcome.NotModified skipped = assertInstanceOf(FetchOutcome.NotModified.class,
                    fetcher.fetch(UrlRequest.of(server.url("/validated#other-fragment")), 1));
            assertEquals(server.url("/validated"), skipped.url());
            assertEquals(1, server.count("/validated"));

            FetchOutcome forced = fetcher.fetch(new UrlRequest(1, server.url("/validated"), null, true), 1);
            assertInstanceOf(FetchOutcome.Fetched.class, forced, "forced: fetched and sent again");
            assertEquals(2, server.count("/validated"));
            assertNull(server.requestsTo("/validated").get(1).header("If-None-Match"), "a forced fetch is unconditional");
        }
    }

    @Test
    void aRefetchIsAConditionalGetAnd304IsNotModified() {
        try (Fetcher fetcher = fetcher()) {
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/validated")), 1));
            clock.advance(Duration.ofHours(2));
            assertInstanceOf(FetchOutcome.NotModified.class, fetcher.fetch(UrlRequest.of(server.url("/validated")), 1));
            LocalServer.Seen conditional = server.requestsTo("/validated").get(1);
            assertEquals(ETAG, conditional.header("If-None-Match"));
            assertEquals(LAST_MODIFIED, conditional.header("If-Modified-Since"));
            // the 304 counts as a fetch: the next hour is quiet again
            clock.advance(Duration.ofMinutes(30));
            assertInstanceOf(FetchOutcome.NotModified.class, fetcher.fetch(UrlRequest.of(server.url("/validated")), 1));
            assertEquals(2, server.count("/validated"));
        }
    }

    @Test
    void anUnchangedBodyIsNotSentAgainButAChangedOneIs() {
        AtomicReference<String> content = new AtomicReference<>("<html>first</html>");
        server.route("/plain", ex -> LocalServer.send(ex, 200, "text/html", content.get().getBytes(StandardCharsets.UTF_8)));
        try (Fetcher fetcher = fetcher()) {
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/plain")), 1));
            clock.advance(Duration.ofHours(2));
            assertInstanceOf(FetchOutcome.NotModified.class, fetcher.fetch(UrlRequest.of(server.url("/plain")), 1));
            content.set("<html>second</html>");
            clock.advance(Duration.ofHours(2));
            FetchOutcome.Fetched changed = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/plain")), 1));
            assertEquals("<html>second</html>", new String(changed.page().body(), StandardCharsets.UTF_8));
        }
        assertEquals(3, server.count("/plain"));
    }

    @Test
    void aPageThatCouldNotBeDeliveredIsFetchedAgainOnceForgotten() {
        try (Fetcher fetcher = fetcher()) {
            FetchOutcome.Fetched first = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/validated")), 1));
            fetcher.forget(first.page().docId()); // e.g. the Kafka send failed
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/validated")), 1));
            assertNull(server.requestsTo("/validated").get(1).header("If-None-Match"), "unconditional: nothing known any more");
        }
    }

    @Test
    void historyIsBounded() {
        InMemoryFetchHistory small = new InMemoryFetchHistory(2);
        FetchHistory.Entry entry = new FetchHistory.Entry(Instant.EPOCH, null, null, "h");
        small.put("a", entry);
        small.put("b", entry);
        small.get("a");
        small.put("c", entry);
        assertEquals(2, small.size());
        assertEquals(entry, small.get("a").orElseThrow(), "recently used kept");
        assertEquals(java.util.Optional.empty(), small.get("b"), "least recently used evicted");
    }
}
