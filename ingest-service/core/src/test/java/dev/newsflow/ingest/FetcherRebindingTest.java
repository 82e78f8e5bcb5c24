package dev.newsflow.ingest;

import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.net.HostResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DNS rebinding, on loopback only: 127.0.0.2 is allowlisted, 127.0.0.3 is not, and the name {@code rebind.test}
 * answers the allowed address on its first lookup and the forbidden one on every later lookup. Both servers
 * listen on the same port, so only the address decides which one a request reaches. The forbidden server must
 * never see a request.
 */
class FetcherRebindingTest {

    private static final String NAME = "rebind.test";
    private static final byte[] HTML = "<html><head><title>t</title></head><body>allowed</body></html>".getBytes(StandardCharsets.UTF_8);

    private final LocalServer allowed;
    private final LocalServer forbidden;
    private final AtomicInteger lookups = new AtomicInteger();

    FetcherRebindingTest() throws IOException {
        LocalServer first = null;
        LocalServer second = null;
        for (int tries = 0; second == null; tries++) {
            first = new LocalServer("127.0.0.2");
            try {
                second = new LocalServer("127.0.0.3", first.port());
            } catch (BindException taken) {
                first.close();
                if (tries >= 20) {
                    throw taken;
                }
            }
        }
        allowed = first;
        forbidden = second;
        forbidden.page("/page", "text/html", "<html><body>forbidden</body></html>".getBytes(StandardCharsets.UTF_8));
        forbidden.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n".getBytes(StandardCharsets.US_ASCII));
        allowed.page("/page", "text/html", HTML);
    }

    @AfterEach
    void stop() {
        allowed.close();
        forbidden.close();
    }

    /** The allowed address first, the forbidden one on every later lookup. */
    private final HostResolver rebinding = host -> {
        if (!host.equals(NAME)) {
            throw new java.net.UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(lookups.incrementAndGet() == 1 ? "127.0.0.2" : "127.0.0.3"));
    };

    private Fetcher fetcher(boolean robots) {
        FetchPolicy policy = TestFetchers.loopbackPolicy().withAllowedHosts(Set.of("127.0.0.2")).withRespectRobots(robots);
        return TestFetchers.fetcher(policy, new InMemoryFetchHistory(), rebinding, Clock.systemUTC());
    }

    private String url(String path) {
        return "http://" + NAME + ":" + allowed.port() + path;
    }

    @Test
    void theConnectionGoesToTheAddressTheGuardApproved() {
        try (Fetcher fetcher = fetcher(false)) {
            FetchOutcome.Fetched fetched = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(url("/page"))));
            assertEquals(new String(HTML, StandardCharsets.UTF_8), new String(fetched.page().body(), StandardCharsets.UTF_8));
        }
        assertEquals(1, lookups.get(), "the name is resolved once, by the guard");
        assertEquals(1, allowed.count("/page"));
        assertEquals(NAME + ":" + allowed.port(), allowed.requestsTo("/page").get(0).header("Host"),
                "the request still names the host it is for");
        assertEquals(0, forbidden.requests.size());
    }

    @Test
    void aRedirectHopIsResolvedAndVettedAgainSoItsRebindingIsRefused() {
        allowed.route("/start", ex -> LocalServer.redirect(ex, 302, url("/page")));
        try (Fetcher fetcher = fetcher(false)) {
            FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(url("/start"))));
            assertTrue(rejected.reason().contains("127.0.0.3") && rejected.reason().contains("loopback"), rejected.reason());
            assertTrue(rejected.reason().contains("redirect hop 1"), rejected.reason());
        }
        assertEquals(1, allowed.count("/start"));
        assertEquals(0, forbidden.requests.size());
    }

    @Test
    void robotsTxtIsReadOnlyFromAVettedAddress() {
        // lookup 1 (the page) approves 127.0.0.2; lookup 2 (robots.txt) answers 127.0.0.3 and is refused
        try (Fetcher fetcher = fetcher(true)) {
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(url("/page"))));
        }
        assertEquals(2, lookups.get());
        assertEquals(1, allowed.count("/page"));
        assertEquals(0, forbidden.requests.size());
    }

    @Test
    void aRobotsTxtThatRedirectsToAForbiddenAddressIsNotFollowed() {
        FetchPolicy policy = TestFetchers.loopbackPolicy().withAllowedHosts(Set.of("127.0.0.2")).withRespectRobots(true);
        String forbiddenRobots = "http://127.0.0.3:" + forbidden.port() + "/robots.txt";
        allowed.route("/robots.txt", ex -> LocalServer.redirect(ex, 301, forbiddenRobots));
        try (Fetcher fetcher = TestFetchers.fetcher(policy)) {
            // robots.txt unavailable (RFC 9309: as a 4xx, no rules); the forbidden one would have disallowed all
            assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(UrlRequest.of(allowed.url("/page"))));
        }
        assertEquals(1, allowed.count("/robots.txt"));
        assertEquals(1, allowed.count("/page"));
        assertEquals(0, forbidden.requests.size());
    }
}
