package dev.newsflow.ingest;

import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.content.ContentDecoder;
import dev.newsflow.ingest.content.ContentTypes;
import dev.newsflow.ingest.http.ExchangeResult;
import dev.newsflow.ingest.http.HttpExchanger;
import dev.newsflow.ingest.net.AddressGuard;
import dev.newsflow.ingest.net.BlockedAddressException;
import dev.newsflow.ingest.net.HostAllowlist;
import dev.newsflow.ingest.net.HostResolver;
import dev.newsflow.contracts.UrlText;
import dev.newsflow.ingest.politeness.HostCooldowns;
import dev.newsflow.ingest.politeness.HostGates;
import dev.newsflow.ingest.robots.RobotsCache;
import dev.newsflow.ingest.robots.RobotsSource;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The fetch pipeline of one URL: canonicalize, skip if seen recently, then for the URL and every redirect hop:
 * address guard, robots.txt, per-host politeness, one bounded HTTP exchange. The response becomes a
 * {@link FetchOutcome}. Thread-safe; a call blocks only while its own host is busy or cooling down.
 */
public final class Fetcher implements AutoCloseable {

    static final String ACCEPT_ENCODING = "gzip, deflate, br";
    /** RFC 9309: crawlers must parse at least 500 KiB of robots.txt. */
    static final int MAX_ROBOTS_BYTES = 512 * 1024;
    static final int MAX_ROBOTS_REDIRECTS = 5;
    /** Bodies of redirects and errors are read up to this size (so the connection can be reused), else dropped. */
    static final int MAX_IGNORED_BODY_BYTES = 16 * 1024;

    private final FetchPolicy policy;
    private final FetchHistory history;
    private final AddressGuard guard;
    private final HttpExchanger http;
    private final HostGates gates;
    private final HostCooldowns cooldowns;
    private final RobotsCache robots;
    private final RetryPolicy retries;
    private final Clock clock;

    public Fetcher(FetchPolicy policy) {
        this(policy, new InMemoryFetchHistory());
    }

    public Fetcher(FetchPolicy policy, FetchHistory history) {
        this(policy, history, HostResolver.SYSTEM, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble(),
                RobotsCache.DEFAULT_TTL, RobotsCache.DEFAULT_ERROR_TTL);
    }

    /** For tests: injectable name resolution, time, jitter and robots.txt cache lifetimes. */
    Fetcher(FetchPolicy policy, FetchHistory history, HostResolver resolver, Clock clock, DoubleSupplier random,
            Duration robotsTtl, Duration robotsErrorTtl) {
        this.policy = policy;
        this.history = history;
        this.clock = clock;
        this.guard = new AddressGuard(resolver, new HostAllowlist(policy.allowedHosts()));
        this.http = new HttpExchanger(policy.connectTimeout(), policy.readTimeout(), policy.totalTimeout(), policy.userAgent());
        this.gates = new HostGates(policy.minHostDelay(), policy.maxHostConcurrency());
        this.cooldowns = new HostCooldowns(clock);
        this.robots = policy.respectRobots()
                ? new RobotsCache(this::fetchRobots, policy.userAgent(), clock, robotsTtl, robotsErrorTtl)
                : null;
        this.retries = new RetryPolicy(policy.maxAttempts(), policy.baseBackoff(), policy.maxBackoff(), clock, random);
    }

    /**
     * Forgets that a document was fetched, so that the next request for it is fetched and sent again.
     * Call it when a {@link FetchOutcome.Fetched} page could not be delivered downstream: the fetch already
     * counted as "seen", and without this the redelivered request would be answered NotModified and the page lost.
     */
    public void forget(String docId) {
        history.remove(docId);
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** A first attempt. */
    public FetchOutcome fetch(UrlRequest request) {
        return fetch(request, 1);
    }

    /**
     * Fetches one URL.
     *
     * @param attempt 1 for a new request, {@link FetchOutcome.Retry#nextAttempt()} for a retry
     */
    public FetchOutcome fetch(UrlRequest request, int attempt) {
        int thisAttempt = Math.max(1, attempt);
        String requested = request.url();
        String canonical;
        URI uri;
        try {
            canonical = DocIds.canonicalUrl(UrlText.prepare(requested));
            uri = URI.create(canonical);
        } catch (IllegalArgumentException e) {
            return new FetchOutcome.Rejected(requested, 0, e.getMessage());
        }
        String docId = DocIds.of(canonical);
        FetchHistory.Entry previous = request.force() ? null : history.get(docId).orElse(null);
        if (previous != null && clock.instant().isBefore(previous.fetchedAt().plus(policy.refetchAfter()))) {
            return new FetchOutcome.NotModified(docId, canonical);
        }
        try {
            return followChain(request, canonical, docId, uri, previous, thisAttempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // shutting down: the same attempt again, as soon as possible
            return new FetchOutcome.Retry(canonical, thisAttempt, clock.instant(), "interrupted (shutdown)");
        } catch (RuntimeException e) {
            // a bug or a library failure on hostile input: one bad URL must not stop the consumer
            return new FetchOutcome.Rejected(canonical, 0, "internal error: " + describe(e));
        }
    }

    private FetchOutcome followChain(UrlRequest request, String canonical, String docId, URI start,
                                     FetchHistory.Entry previous, int attempt) throws InterruptedException {
        List<String> redirects = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        visited.add(canonical);
        URI current = start;
        while (true) {
            String hopNote = redirects.isEmpty() ? "" : " (redirect hop " + redirects.size() + ": " + current + ")";
            Admission admission = admit(current, canonical, attempt, hopNote);
            if (admission.refusal() != null) {
                return admission.refusal();
            }
            HostGates.Turn turn = gates.acquire(admission.host(), admission.crawlDelay(), policy.maxHostWait());
            if (!turn.granted()) {
                // the host's queue is long: come back later rather than hold this thread (no attempt spent)
                return new FetchOutcome.Retry(canonical, attempt, clock.instant().plus(retries.spread(turn.busyFor())),
                        "host " + admission.host() + " busy (politeness)" + hopNote);
            }
            ExchangeResult response;
            try (HostGates.Permit ignored = turn.permit()) {
                response = http.get(current, requestHeaders(previous), this::bodyCap);
            } catch (HttpTimeoutException e) {
                return retries.decide(canonical, attempt, 0, e.getMessage() + hopNote, null);
            } catch (IOException e) {
                return retries.decide(canonical, attempt, 0, "network error: " + describe(e) + hopNote, null);
            }

            int status = response.status();
            if (!isRedirect(status)) {
                return answer(request, canonical, docId, redirects, response, previous, attempt, admission.host(), hopNote);
            }
            String next;
            try {
                next = redirectTarget(current, response);
            } catch (IllegalArgumentException | MalformedURLException e) {
                return new FetchOutcome.Rejected(canonical, status, e.getMessage() + hopNote);
            }
            if (!visited.add(next)) {
                return new FetchOutcome.Rejected(canonical, status, "redirect loop: " + next + " visited twice");
            }
            if (redirects.size() >= policy.maxRedirects()) {
                return new FetchOutcome.Rejected(canonical, status, "too many redirects (more than " + policy.maxRedirects() + ")");
            }
            redirects.add(current.toString());
            current = URI.create(next);
        }
    }

    /** @param refusal why this hop may not be requested (now or ever), null when it may */
    private record Admission(FetchOutcome refusal, String host, Duration crawlDelay) {
    }

    /** The checks before every request, first hop and redirects alike: address guard, robots.txt, host back-off. */
    private Admission admit(URI uri, String canonical, int attempt, String hopNote) throws InterruptedException {
        String host = AddressGuard.hostOf(uri);
        try {
            guard.check(uri);
        } catch (BlockedAddressException e) {
            return new Admission(new FetchOutcome.Rejected(canonical, 0, e.getMessage() + hopNote), host, null);
        } catch (UnknownHostException e) {
            return new Admission(retries.decide(canonical, attempt, 0, "unknown host " + host + hopNote, null), host, null);
        }
        Duration crawlDelay = null;
        if (robots != null) {
            RobotsCache.Verdict verdict = robots.check(uri);
            if (verdict.deferred()) {
                return new Admission(retries.decideNotBefore(canonical, attempt, 0, verdict.reason() + hopNote, verdict.expiresAt()), host, null);
            }
            if (!verdict.allowed()) {
                return new Admission(new FetchOutcome.Rejected(canonical, 0, "disallowed by robots.txt" + hopNote), host, null);
            }
            crawlDelay = capped(verdict.crawlDelay());
        }
        Instant coolingUntil = cooldowns.activeUntil(host);
        if (coolingUntil != null) {
            // not this URL's failure: the same attempt, once the host is willing again
            return new Admission(new FetchOutcome.Retry(canonical, attempt, coolingUntil, "host " + host + " asked to back off" + hopNote), host, null);
        }
        return new Admission(null, host, crawlDelay);
    }

    /** The canonical URL a redirect points to; IllegalArgumentException says why it cannot be followed. */
    private static String redirectTarget(URI current, ExchangeResult response) throws MalformedURLException {
        String location = UrlText.fromHeader(response.header("location"));
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("redirect without Location");
        }
        String resolved = UrlText.prepare(new URL(current.toURL(), UrlText.prepare(location)).toString());
        try {
            String canonical = DocIds.canonicalUrl(resolved);
            URI.create(canonical);
            return canonical;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad redirect target " + location + ": " + e.getMessage(), e);
        }
    }

    /** The outcome of a final (non-redirect) response. */
    private FetchOutcome answer(UrlRequest request, String canonical, String docId, List<String> redirects, ExchangeResult response,
                                FetchHistory.Entry previous, int attempt, String host, String hopNote) {
        int status = response.status();
        if (status == 304 && previous != null) {
            history.put(docId, new FetchHistory.Entry(clock.instant(), previous.etag(), previous.lastModified(), previous.contentHash()));
            return new FetchOutcome.NotModified(docId, canonical);
        }
        if (status >= 200 && status < 300) {
            return page(request, canonical, docId, redirects, response, previous);
        }
        if (!RetryPolicy.isTransient(status)) {
            return new FetchOutcome.Rejected(canonical, status, "HTTP " + status + hopNote);
        }
        Duration retryAfter = RetryPolicy.parseRetryAfter(response.header("retry-after"), clock.instant());
        FetchOutcome decision = retries.decide(canonical, attempt, status, "HTTP " + status + hopNote, retryAfter);
        if (status == 429 || retryAfter != null) {
            cooldowns.coolDown(host, decision instanceof FetchOutcome.Retry retry
                    ? retry.notBefore()
                    : clock.instant().plus(retryAfter != null ? retryAfter : policy.baseBackoff()));
        }
        return decision;
    }

    private FetchOutcome page(UrlRequest request, String canonical, String docId, List<String> redirects,
                              ExchangeResult response, FetchHistory.Entry previous) {
        PageAssembler.Result assembled = PageAssembler.assemble(canonical, docId, redirects, response,
                policy.maxBodyBytes(), clock.instant(), request.source());
        if (assembled instanceof PageAssembler.Refused refused) {
            return new FetchOutcome.Rejected(canonical, response.status(), refused.reason());
        }
        RawPage page = ((PageAssembler.Page) assembled).page();
        boolean unchanged = previous != null && page.contentHash().equals(previous.contentHash());
        history.put(docId, new FetchHistory.Entry(clock.instant(), response.header("etag"), response.header("last-modified"), page.contentHash()));
        if (unchanged) {
            return new FetchOutcome.NotModified(docId, canonical);
        }
        return new FetchOutcome.Fetched(page);
    }

    private int bodyCap(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status >= 300) {
            return MAX_IGNORED_BODY_BYTES;
        }
        String mediaType = ContentTypes.mediaType(info.headers().firstValue("content-type").orElse(null));
        if (mediaType != null && !ContentTypes.isAccepted(mediaType)) {
            return 0;
        }
        return (int) policy.maxBodyBytes();
    }

    private Map<String, String> requestHeaders(FetchHistory.Entry previous) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ContentTypes.ACCEPT_HEADER);
        headers.put("Accept-Encoding", ACCEPT_ENCODING);
        if (previous != null) {
            if (previous.etag() != null) {
                headers.put("If-None-Match", previous.etag());
            }
            if (previous.lastModified() != null) {
                headers.put("If-Modified-Since", previous.lastModified());
            }
        }
        return headers;
    }

    /** robots.txt through the same guard and client, following a few redirects. */
    private RobotsSource.Response fetchRobots(URI robotsUri) throws IOException, InterruptedException {
        URI current = robotsUri;
        for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
            try {
                guard.check(current);
            } catch (BlockedAddressException e) {
                // a robots.txt we may not read is an unavailable one (RFC 9309: treat as 4xx)
                return new RobotsSource.Response(404, new byte[0], null);
            }
            ExchangeResult response = http.get(current, Map.of("Accept-Encoding", ACCEPT_ENCODING),
                    info -> info.statusCode() >= 200 && info.statusCode() < 300 ? MAX_ROBOTS_BYTES : MAX_IGNORED_BODY_BYTES);
            int status = response.status();
            if (isRedirect(status) && response.header("location") != null) {
                try {
                    current = new URL(current.toURL(), response.header("location").strip()).toURI();
                } catch (Exception e) {
                    return new RobotsSource.Response(404, new byte[0], null);
                }
                if (!"http".equals(current.getScheme()) && !"https".equals(current.getScheme())) {
                    return new RobotsSource.Response(404, new byte[0], null);
                }
                continue;
            }
            byte[] body = response.body();
            if (status >= 200 && status < 300) {
                ContentDecoder.Decoded decoded = ContentDecoder.decode(response.header("content-encoding"), body,
                        response.bodyTruncated(), MAX_ROBOTS_BYTES);
                body = decoded.body();
            }
            return new RobotsSource.Response(status, body, response.header("content-type"));
        }
        // RFC 9309: more than five redirects, robots.txt is unavailable
        return new RobotsSource.Response(404, new byte[0], null);
    }

    private Duration capped(Duration crawlDelay) {
        if (crawlDelay == null) {
            return null;
        }
        return crawlDelay.compareTo(policy.maxCrawlDelay()) > 0 ? policy.maxCrawlDelay() : crawlDelay;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    @Override
    public void close() {
        http.close();
    }
}
