package dev.newsflow.ingest;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class FetcherLimitsTest {

    private final LocalServer server;

    FetcherLimitsTest() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] html(int size) {
        byte[] body = new byte[size];
        byte[] unit = "<p>newsflow</p>\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            body[i] = unit[i % unit.length];
        }
        return body;
    }

    @Test
    void redirectIntoAPrivateAddressIsRefusedBeforeConnecting() {
        server.route("/go", ex -> LocalServer.redirect(ex, 302, "http://intranet.invalid/admin"));
        server.route("/meta", ex -> LocalServer.redirect(ex, 301, "http://cloud.invalid/latest/meta-data/"));
        // the first hop is allowlisted by host:port only; the names below resolve (in this table only) to private addresses
        FetchPolicy policy = TestFetchers.loopbackPolicy().withAllowedHosts(java.util.Set.of("127.0.0.1:" + server.port()));
        var resolver = TestFetchers.resolver(Map.of("intranet.invalid", "10.20.30.40", "cloud.invalid", "169.254.169.254"));
        try (Fetcher fetcher = TestFetchers.fetcher(policy, new InMemoryFetchHistory(), resolver, Clock.systemUTC())) {
            FetchOutcome.Rejected intranet = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/go")), 1));
            assertTrue(intranet.reason().contains("private") && intranet.reason().contains("redirect hop 1"), intranet.reason());
            FetchOutcome.Rejected metadata = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/meta")), 1));
            assertTrue(metadata.reason().contains("link-local"), metadata.reason());
        }
    }

    @Test
    void sloppyRedirectTargetsAreRepairedAsBrowsersDo() {
        // raw UTF-8 bytes on the wire, as careless servers send them (the test server writes header chars as Latin-1)
        String rawUtf8 = new String("/新闻/today page.html".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        server.route("/sloppy", ex -> LocalServer.redirect(ex, 302, rawUtf8));
        server.page("/新闻/today page.html", "text/html", html(10)); // the test server routes on the decoded path
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/sloppy")), 1)).page();
            assertEquals(server.url("/%E6%96%B0%E9%97%BB/today%20page.html"), page.finalUrl());
        }
    }

    @Test
    void internationalizedNamesAreGuardedUnderTheirPunycodeName() {
        var resolver = TestFetchers.resolver(Map.of("xn--fsqu00a.xn--fiqs8s", "10.9.8.7"));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy(), new InMemoryFetchHistory(), resolver, Clock.systemUTC())) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of("http://例子.中国/新闻"), 1));
            assertTrue(rejected.reason().contains("private"), rejected.reason());
            assertEquals("http://xn--fsqu00a.xn--fiqs8s/%E6%96%B0%E9%97%BB", rejected.url());
        }
    }

    @Test
    void redirectToAnotherSchemeIsRejected() {
        server.route("/file", ex -> LocalServer.redirect(ex, 302, "file:///etc/passwd"));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/file")), 1));
            assertEquals(302, rejected.status());
            assertTrue(rejected.reason().contains("scheme"), rejected.reason());
        }
    }

    @Test
    void redirectLoopsAreDetected() {
        server.route("/ping", ex -> LocalServer.redirect(ex, 302, "/pong"));
        server.route("/pong", ex -> LocalServer.redirect(ex, 302, "/ping"));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/ping")), 1));
            assertTrue(rejected.reason().contains("loop"), rejected.reason());
        }
        assertEquals(2, server.requests.size());
    }

    @Test
    void redirectChainsLongerThanTheCapAreRejected() {
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.route("/r" + i, ex -> LocalServer.redirect(ex, 307, "/r" + next));
        }
        server.page("/r10", "text/html", html(10));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy().withMaxRedirects(3))) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/r0")), 1));
            assertTrue(rejected.reason().contains("too many redirects"), rejected.reason());
        }
        assertEquals(4, server.requests.size(), "the original request and 3 redirects");
    }

    @Test
    void longBodiesAreTruncatedAndFlagged() {
        byte[] big = html(300_000);
        server.page("/big", "text/html", big);
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy().withMaxBodyBytes(100_000))) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/big")), 1)).page();
            assertTrue(page.truncated());
            assertArrayEquals(Arrays.copyOf(big, 100_000), page.body());
        }
    }

    @Test
    void bodyExactlyAtTheLimitIsNotTruncated() {
        server.page("/exact", "text/html", html(100_000));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy().withMaxBodyBytes(100_000))) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/exact")), 1)).page();
            assertEquals(100_000, page.body().length);
            assertTrue(!page.truncated());
        }
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws IOException {
        byte[] body = html(50_000);
        byte[] gzipped = gzip(body);
        byte[] zlib = deflate(body, false);
        byte[] raw = deflate(body, true);
        server.route("/gz", ex -> encoded(ex, "gzip", gzipped));
        server.route("/zlib", ex -> encoded(ex, "deflate", zlib));
        server.route("/raw-deflate", ex -> encoded(ex, "deflate", raw));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            for (String path : new String[]{"/gz", "/zlib", "/raw-deflate"}) {
                RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url(path)), 1), path).page();
                assertArrayEquals(body, page.body(), path);
                assertNull(page.headers().get("content-encoding"), "the body passed on is decoded");
            }
        }
    }

    @Test
    void brotliBodiesAreDecoded() {
        byte[] body = html(20_000);
        byte[] br = brotliStored(body);
        server.route("/br", ex -> encoded(ex, "br", br));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/br")), 1)).page();
            assertArrayEquals(body, page.body());
        }
    }

    @Test
    void unknownContentEncodingIsRejected() {
        server.route("/zstd", ex -> encoded(ex, "zstd", new byte[]{1, 2, 3}));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/zstd")), 1));
            assertTrue(rejected.reason().contains("zstd"), rejected.reason());
        }
    }

    /**
     * A valid brotli stream without compression (one stored meta-block, RFC 7932 section 9.2), since the JDK has no
     * brotli encoder: window bits '0', ISLAST=0, MNIBBLES=4, MLEN-1 on 16 bits, ISUNCOMPRESSED=1, then the bytes,
     * then an empty last meta-block.
     */
    private static byte[] brotliStored(byte[] data) {
        int header = ((data.length - 1) << 4) | (1 << 20);
        byte[] out = new byte[3 + data.length + 1];
        out[0] = (byte) header;
        out[1] = (byte) (header >> 8);
        out[2] = (byte) (header >> 16);
        System.arraycopy(data, 0, out, 3, data.length);
        out[out.length - 1] = 0x03;
        return out;
    }

    @Test
    void gzipBombIsRejectedWithoutInflatingIt() throws IOException {
        byte[] bomb = gzip(new byte[64 * 1024 * 1024]); // 64 MiB of zeros, ~64 KiB on the wire
        server.route("/bomb", ex -> encoded(ex, "gzip", bomb));
        long before = usedHeap();
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy().withMaxBodyBytes(1024 * 1024))) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(server.url("/bomb")), 1));
            assertTrue(rejected.reason().contains("decompression bomb"), rejected.reason());
        }
        assertTrue(usedHeap() - before < 32 * 1024 * 1024, "never holds the inflated body");
    }

    @Test
    void compressedPageLongerThanTheLimitIsTruncatedNotCalledABomb() throws IOException {
        byte[] text = new byte[400_000];
        new java.util.Random(7).nextBytes(text);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + Math.floorMod(text[i], 26)); // random letters compress about 1.6:1
        }
        byte[] gz = gzip(text);
        server.route("/long", ex -> encoded(ex, "gzip", gz));
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy().withMaxBodyBytes(100_000))) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/long")), 1)).page();
            assertTrue(page.truncated());
            assertArrayEquals(Arrays.copyOf(text, 100_000), page.body());
        }
    }

    @Test
    void slowHeadersHitTheReadTimeout() {
        server.route("/slow", ex -> {
            sleep(5000);
            LocalServer.send(ex, 200, "text/html", html(10));
        });
        FetchPolicy policy = TestFetchers.loopbackPolicy().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(10));
        try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
            long start = System.nanoTime();
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/slow")), 1));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(retry.reason().contains("timeout"), retry.reason());
            assertTrue(elapsedMs < 4000, "gave up after " + elapsedMs + " ms, not when the server answered (5 s)");
        }
    }

    @Test
    void aStallInTheMiddleOfTheBodyHitsTheReadTimeout() {
        server.route("/stall", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write(html(1000));
            out.flush();
            sleep(3000);
            out.write(html(1000));
            out.close();
        });
        FetchPolicy policy = TestFetchers.loopbackPolicy().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(10));
        try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
            long start = System.nanoTime();
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/stall")), 1));
            assertTrue(retry.reason().contains("read timeout"), retry.reason());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2500);
        }
    }

    @Test
    void aTricklingServerHitsTheTotalTimeout() {
        server.route("/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 50; i++) { // 5 s of one byte every 100 ms: never silent for long
                out.write('x');
                out.flush();
                sleep(100);
            }
            out.close();
        });
        FetchPolicy policy = TestFetchers.loopbackPolicy().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(800));
        try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
            long start = System.nanoTime();
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(server.url("/trickle")), 1));
            assertTrue(retry.reason().contains("total timeout"), retry.reason());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2000);
        }
    }

    @Test
    void connectionRefusedIsATransientFailure() throws IOException {
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            deadPort = socket.getLocalPort();
        }
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class,
                    fetcher.fetch(UrlRequest.of("http://127.0.0.1:" + deadPort + "/"), 1));
            assertTrue(retry.reason().contains("network error"), retry.reason());
        }
    }

    @Test
    void gbkPageWithoutAnyCharsetDeclarationIsDetectedAsGb18030() {
        String text = "<html><head><title>新闻</title></head><body>"
                + "<p>国务院新闻办公室今天举行新闻发布会，介绍今年前三季度国民经济运行情况。</p>"
                + "<p>国家统计局新闻发言人表示，前三季度我国经济运行总体平稳，稳中有进，主要指标保持在合理区间。</p>"
                + "<p>记者从交通运输部获悉，今年以来全国完成交通固定资产投资同比增长，重大项目建设稳步推进。</p>"
                + "</body></html>";
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        server.page("/gbk", "text/html", gbk);
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            RawPage page = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/gbk")), 1)).page();
            assertNull(page.declaredCharset());
            assertEquals("GB18030", page.detectedCharset());
            assertEquals("detected", page.charsetSource());
            assertEquals(text, new String(page.body(), Charset.forName(page.detectedCharset())));
        }
    }

    @Test
    void metaCharsetIsTheDeclaredCharsetWhenTheHeaderHasNone() {
        server.page("/meta", "text/html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head></html>".getBytes());
        server.page("/meta5", "text/html", "<html><head><meta charset='utf-8'></head></html>".getBytes());
        try (Fetcher fetcher = TestFetchers.fetcher(TestFetchers.loopbackPolicy())) {
            RawPage meta = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(server.url("/meta")), 1)).page();
            assertEquals("GB18030", meta.declaredCharset());
            // the decision travels with where it came from: the page's <meta>, not the header
            assertEquals("GB18030", meta.detectedCharset());
            assertEquals("meta", meta.charsetSource());
            assertEquals("UTF-8", assertInstanceOf(FetchOutcome.Fetched.class,
                    fetcher.fetch(UrlRequest.of(server.url("/meta5")), 1)).page().declaredCharset());
        }
    }

    private static void encoded(com.sun.net.httpserver.HttpExchange ex, String encoding, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Encoding", encoding);
        LocalServer.send(ex, 200, "text/html", body);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
