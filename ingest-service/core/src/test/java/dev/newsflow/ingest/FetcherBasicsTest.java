package dev.newsflow.ingest;

import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(20)
class FetcherBasicsTest {

    private static final byte[] HTML = "<html><head><title>t</title></head><body>hello</body></html>".getBytes(StandardCharsets.UTF_8);

    private final LocalServer server = newServer();

    private static LocalServer newServer() {
        try {
            return new LocalServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAnHtmlPageWithAllRawPageFields() {
        server.route("/news/1", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("X-Custom", "yes");
            LocalServer.send(ex, 200, "text/html; charset=UTF-8", HTML);
        });
        String url = server.url("/news/1#comments");
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome outcome = fetcher.fetch(new UrlRequest(1, url, "rss", false), 1);

            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, outcome).page();
            assertEquals(RawPage.SCHEMA_VERSION, page.schemaVersion());
            assertEquals(server.url("/news/1"), page.url(), "canonical: fragment dropped");
            assertEquals(DocIds.of(url), page.docId());
            assertEquals(server.url("/news/1"), page.finalUrl());
            assertEquals(List.of(), page.redirects());
            assertEquals(200, page.status());
            assertEquals("text/html", page.contentType());
            assertEquals("UTF-8", page.declaredCharset());
            assertArrayEquals(HTML, page.body());
            assertFalse(page.truncated());
            assertEquals(PageAssembler.sha256(HTML), page.contentHash());
            assertEquals(64, page.contentHash().length());
            assertEquals("rss", page.source());
            assertEquals("yes", page.headers().get("x-custom"), "header names lower-cased");
            assertEquals("\"v1\"", page.headers().get("etag"));
            assertTrue(page.fetchedAt() != null);
            RawPage roundTripped = dev.newsflow.contracts.Json.read(dev.newsflow.contracts.Json.write(page), RawPage.class);
            assertArrayEquals(HTML, roundTripped.body(), "survives the pages.raw JSON encoding");
            assertEquals(page.fetchedAt().toInstant(), roundTripped.fetchedAt().toInstant());
            assertEquals("fetched", outcome.kind());
            assertEquals("127.0.0.1", outcome.host());
        }
        LocalServer.Seen seen = server.requestsTo("/news/1").get(0);
        assertEquals(FetchPolicy.DEFAULT_USER_AGENT, seen.header("User-Agent"));
        assertTrue(seen.header("Accept-Encoding").contains("gzip"));
    }

    @Test
    void refusesLoopbackWhenNotAllowlisted() {
        server.page("/", "text/html", HTML);
        FetchPolicy policy = TestFetchers.loopbackPolicy().withAllowedHosts(Set.of());
        try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
            FetchOutcome outcome = fetcher.fetch(UrlRequest.of(server.url("/")), 1);

            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, outcome);
            assertTrue(rejected.reason().contains("loopback"), rejected.reason());
        }
        assertEquals(0, server.requests.size(), "refused before connecting");
    }

    @Test
    void allowlistByHostAndPortPermitsOnlyThatPort() {
        server.page("/", "text/html", HTML);
        FetchPolicy exact = TestFetchers.loopbackPolicy().withAllowedHosts(Set.of("127.0.0.1:" + server.port()));
        FetchPolicy otherPort = TestFetchers.loopbackPolicy().withAllowedHosts(Set.of("127.0.0.1:" + (server.port() + 1)));
        try (Fetcher allowed = TestFetchers.fetcher(exact); Fetcher refused = TestFetchers.fetcher(otherPort)) {
            assertInstanceOf(FetchOutcome.Fetched.class, allowed.fetch(UrlRequest.of(server.url("/")), 1));
            assertInstanceOf(FetchOutcome.Rejected.class, refused.fetch(UrlRequest.of(server.url("/")), 1));
        }
        assertEquals(1, server.requests.size());
    }

    @Test
    void rejectsNonHttpSchemesAndMalformedUrls() {
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            for (String url : List.of("file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)", "http://", "not a url", "")) {
                FetchOutcome outcome = fetcher.fetch(UrlRequest.of(url), 1);
                FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, outcome, url);
                assertEquals(0, rejected.status());
                assertFalse(rejected.reason().isBlank());
                assertEquals("rejected", outcome.kind());
                assertFalse(outcome.host().isBlank());
            }
        }
    }

    @Test
    void followsRedirectsAndReportsTheChain() {
        server.route("/a", ex -> LocalServer.redirect(ex, 301, "/b"));
        server.route("/b", ex -> LocalServer.redirect(ex, 302, server.url("/c")));
        server.page("/c", "text/html", HTML);
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/a")), 1)).page();

            assertEquals(server.url("/a"), page.url());
            assertEquals(server.url("/c"), page.finalUrl());
            assertEquals(List.of(server.url("/a"), server.url("/b")), page.redirects());
            assertEquals(DocIds.of(server.url("/a")), page.docId(), "keyed by the requested URL");
        }
    }

    @Test
    void rejectsUnsupportedContentTypesWithoutDownloadingThem() {
        server.page("/doc.pdf", "application/pdf", new byte[200_000]);
        server.page("/data.json", "application/json", "{}".getBytes());
        server.page("/plain.txt", "text/plain; charset=utf-8", "just text".getBytes());
        server.page("/page.xhtml", "application/xhtml+xml", HTML);
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Rejected pdf = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/doc.pdf")), 1));
            assertEquals(200, pdf.status());
            assertTrue(pdf.reason().contains("application/pdf"), pdf.reason());
            assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/data.json")), 1));
            assertEquals("text/plain", assertInstanceOf(FetchOutcome.Fetched.class,
                    fetcher.fetch(UrlRequest.of(server.url("/plain.txt")), 1)).page().contentType());
            assertEquals("application/xhtml+xml", assertInstanceOf(FetchOutcome.Fetched.class,
                    fetcher.fetch(UrlRequest.of(server.url("/page.xhtml")), 1)).page().contentType());
        }
    }

    @Test
    void missingContentTypeIsSniffed() {
        server.page("/html", null, "<!DOCTYPE html><html><body>x</body></html>".getBytes());
        server.page("/binary", null, new byte[]{0x50, 0x4b, 3, 4, 0, 0});
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            assertEquals("text/html", assertInstanceOf(FetchOutcome.Fetched.class,
                    fetcher.fetch(UrlRequest.of(server.url("/html")), 1)).page().contentType());
            assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/binary")), 1));
        }
    }

    @Test
    void notFoundIsPermanent() {
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class,
                    fetcher.fetch(UrlRequest.of(server.url("/missing")), 1));
            assertEquals(404, rejected.status());
        }
    }

    @Test
    void plainTextPagesDoNotTakeAMetaCharsetFromTheirText() {
        server.page("/t", "text/plain", "<meta charset=\"koi8-r\"> is how HTML declares it".getBytes());
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/t")), 1)).page();
            assertNull(page.declaredCharset());
        }
    }
}
