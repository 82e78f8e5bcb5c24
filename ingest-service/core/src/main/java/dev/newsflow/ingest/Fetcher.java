package dev.newsflow.ingest;

import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.contracts.UrlText;
import dev.newsflow.ingest.http.HttpExchanger;
import dev.newsflow.ingest.net.AddressGuard;
import dev.newsflow.ingest.net.HostAllowlist;
import dev.newsflow.ingest.net.HostResolver;
import dev.newsflow.ingest.politeness.HostCooldowns;
import dev.newsflow.ingest.politeness.HostGates;
import dev.newsflow.ingest.robots.RobotsCache;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLContext;

/**
 * The fetch of one URL: canonicalize, skip if seen recently, then one {@link RedirectChain} whose every hop passes
 * the {@link Admission} (address guard, robots.txt, politeness) and connects to the address the guard vetted;
 * the final response is classified ({@link ResponseClassifier}) and a page assembled ({@link PageAssembler}).
 * Thread-safe; a call blocks only while its own host is busy or cooling down.
 */
public final class Fetcher implements AutoCloseable {

    private final FetchPolicy policy;
    private final FetchHistory history;
    private final Clock clock;
    private final HttpExchanger http;
    private final RedirectChain chain;
    private final Admission admission;
    private final ResponseClassifier classifier;
    private final RetryPolicy retries;

    public Fetcher(FetchPolicy policy) {
        this(policy, new InMemoryFetchHistory(policy.historySize()));
    }

    public Fetcher(FetchPolicy policy, FetchHistory history) {
        this(policy, history, HostResolver.SYSTEM, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** For tests: injectable name resolution, time and jitter. */
    Fetcher(FetchPolicy policy, FetchHistory history, HostResolver resolver, Clock clock, DoubleSupplier random) {
        this(policy, history, resolver, clock, random, null);
    }

    /** For tests: also the trust for https (null: the JVM's default). */
    Fetcher(FetchPolicy policy, FetchHistory history, HostResolver resolver, Clock clock, DoubleSupplier random, SSLContext tls) {
        this.policy = policy;
        this.history = history;
        this.clock = clock;
        AddressGuard guard = new AddressGuard(resolver, new HostAllowlist(policy.allowedHosts()));
        this.http = new HttpExchanger(policy.connectTimeout(), policy.readTimeout(), policy.totalTimeout(), policy.userAgent(), tls);
        this.chain = new RedirectChain(http);
        this.retries = new RetryPolicy(policy.maxAttempts(), policy.baseBackoff(), policy.maxBackoff(), clock, random);
        RobotsCache robots = policy.respectRobots()
                ? new RobotsCache(new RobotsFetcher(guard, chain), policy.userAgent(), clock,
                        policy.robotsTtl(), policy.robotsErrorTtl(), policy.robotsCacheSize())
                : null;
        HostCooldowns cooldowns = new HostCooldowns(clock);
        this.admission = new Admission(guard, robots, cooldowns,
                new HostGates(policy.minHostDelay(), policy.maxHostConcurrency()), retries, clock, policy);
        this.classifier = new ResponseClassifier(history, new PageAssembler(policy.maxBodyBytes(), history, clock),
                retries, cooldowns, clock, policy.baseBackoff());
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
            RedirectChain.Result<FetchOutcome> result = chain.follow(uri, policy.maxRedirects(),
                    admission.forFetch(canonical, thisAttempt), PageRequests.headers(previous),
                    head -> PageRequests.bodyCap(head, policy.maxBodyBytes()));
            if (result instanceof RedirectChain.Refused<FetchOutcome> refused) {
                return refused.refusal();
            }
            if (result instanceof RedirectChain.Failed<FetchOutcome> failed) {
                return failed(canonical, thisAttempt, failed);
            }
            return classifier.classify(request, canonical, docId, (RedirectChain.Final<FetchOutcome>) result, previous, thisAttempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // shutting down: the same attempt again, as soon as possible
            return new FetchOutcome.Retry(canonical, thisAttempt, clock.instant(), "interrupted (shutdown)");
        } catch (IOException | RuntimeException e) {
            // a bug or a library failure on hostile input: one bad URL must not stop the consumer
            return new FetchOutcome.Rejected(canonical, 0, "internal error: " + RedirectChain.describe(e));
        }
    }

    private FetchOutcome failed(String canonical, int attempt, RedirectChain.Failed<FetchOutcome> failed) {
        return switch (failed.failure()) {
            case TIMEOUT, NETWORK -> retries.decide(canonical, attempt, 0, failed.reason(), null);
            case BAD_REDIRECT, LOOP, TOO_MANY_REDIRECTS -> new FetchOutcome.Rejected(canonical, failed.status(), failed.reason());
        };
    }

    @Override
    public void close() {
        http.close();
    }
}
