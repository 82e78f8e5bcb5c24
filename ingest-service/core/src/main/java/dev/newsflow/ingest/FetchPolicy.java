package dev.newsflow.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Every knob of the fetcher in one place. Defaults follow StormCrawler's (one connection per host,
 * one second between requests to a host, Crawl-delay honored up to 30 s, robots.txt obeyed).
 *
 * @param userAgent          sent on every request, robots.txt included; should carry a contact URL
 * @param connectTimeout     TCP (and TLS) connection setup
 * @param readTimeout        longest silence while waiting for the response headers or the next body bytes
 * @param totalTimeout       longest one HTTP exchange may take, from connect to the last body byte
 * @param maxBodyBytes       body bytes kept (after decompression); longer bodies are truncated and flagged
 * @param maxRedirects       redirect hops followed before giving up
 * @param allowedHosts       host, host:port, IP or CIDR entries allowed to resolve to loopback/private/link-local addresses
 * @param minHostDelay       minimum pause between two requests to the same host
 * @param maxHostConcurrency requests in flight to one host at a time
 * @param maxCrawlDelay      robots.txt Crawl-delay values above this are clamped to it
 * @param maxAttempts        attempts (first included) before a transient failure becomes permanent
 * @param baseBackoff        backoff before the second attempt; doubles each attempt, with jitter
 * @param maxBackoff         ceiling of the exponential backoff
 * @param refetchAfter       a URL fetched less than this long ago is not fetched again unless forced
 * @param respectRobots      obey robots.txt
 * @param maxHostWait        longest a fetch waits for its host's turn (delay or concurrency); beyond it the fetch
 *                           returns a Retry for the same attempt, so a busy host never holds the caller's threads
 * @param robotsTtl          how long a robots.txt (or its 4xx "no rules") is trusted before it is asked again
 * @param robotsErrorTtl     after a robots.txt answered 5xx/429 or was unreachable, how long the site is left alone
 * @param robotsCacheSize    sites whose robots.txt rules are kept in memory
 * @param historySize        documents the in-memory fetch history remembers (seen recently, validators), per replica
 *
 * <p>{@link #defaults()} equals the ingest service's {@code application.properties}; a test there compares them.
 */
public record FetchPolicy(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        Set<String> allowedHosts,
        Duration minHostDelay,
        int maxHostConcurrency,
        Duration maxCrawlDelay,
        int maxAttempts,
        Duration baseBackoff,
        Duration maxBackoff,
        Duration refetchAfter,
        boolean respectRobots,
        Duration maxHostWait,
        Duration robotsTtl,
        Duration robotsErrorTtl,
        int robotsCacheSize,
        int historySize) {

    public static final String DEFAULT_USER_AGENT = "newsflow/0.1 (+https://github.com/newsflow/newsflow)";

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        Objects.requireNonNull(minHostDelay, "minHostDelay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        requirePositive(baseBackoff, "baseBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        Objects.requireNonNull(refetchAfter, "refetchAfter");
        Objects.requireNonNull(maxHostWait, "maxHostWait");
        requirePositive(robotsTtl, "robotsTtl");
        requirePositive(robotsErrorTtl, "robotsErrorTtl");
        if (robotsCacheSize < 1) {
            throw new IllegalArgumentException("robotsCacheSize must be >= 1");
        }
        if (historySize < 1) {
            throw new IllegalArgumentException("historySize must be >= 1");
        }
        if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and 2 GiB: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0");
        }
        if (maxHostConcurrency < 1) {
            throw new IllegalArgumentException("maxHostConcurrency must be >= 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        allowedHosts = allowedHosts == null ? Set.of() : Set.copyOf(allowedHosts);
    }

    public static FetchPolicy defaults() {
        return new FetchPolicy(
                DEFAULT_USER_AGENT,
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4L * 1024 * 1024,
                5,
                Set.of(),
                Duration.ofSeconds(1),
                1,
                Duration.ofSeconds(30),
                5,
                Duration.ofSeconds(5),
                Duration.ofHours(1),
                Duration.ofHours(24),
                true,
                Duration.ofSeconds(5),
                Duration.ofHours(6),
                Duration.ofMinutes(15),
                50_000,
                200_000);
    }

    public FetchPolicy withAllowedHosts(Set<String> hosts) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, hosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchPolicy(userAgent, connect, read, total, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withMaxBodyBytes(long bytes) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, bytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withMaxRedirects(int redirects) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, redirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withPoliteness(Duration hostDelay, int hostConcurrency, Duration crawlDelayCap) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                hostDelay, hostConcurrency, crawlDelayCap, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withRetries(int attempts, Duration base, Duration max) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, attempts, base, max, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withRefetchAfter(Duration after) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, after, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withRespectRobots(boolean respect) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respect, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withMaxHostWait(Duration wait) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, wait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withUserAgent(String agent) {
        return new FetchPolicy(agent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, historySize);
    }

    public FetchPolicy withRobotsCache(Duration ttl, Duration errorTtl, int cacheSize) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                ttl, errorTtl, cacheSize, historySize);
    }

    public FetchPolicy withHistorySize(int size) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedHosts,
                minHostDelay, maxHostConcurrency, maxCrawlDelay, maxAttempts, baseBackoff, maxBackoff, refetchAfter, respectRobots, maxHostWait,
                robotsTtl, robotsErrorTtl, robotsCacheSize, size);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
