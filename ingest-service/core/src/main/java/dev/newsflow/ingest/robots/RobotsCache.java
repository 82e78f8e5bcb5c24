package dev.newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per site (scheme, host, port), parsed by crawler-commons and cached with an expiry.
 * A 2xx is parsed; a 4xx means no rules (allow all); a 429, 5xx or network failure means "do not fetch for a
 * while" (the rules are unknown, so the site is assumed to disallow everything until the error expires).
 */
public final class RobotsCache {


    /**
     * @param deferred   the rules are unknown because of a server or network error: retry after {@code expiresAt}
     * @param crawlDelay the site's Crawl-delay, null if none
     */
    public record Verdict(boolean allowed, boolean deferred, Duration crawlDelay, Instant expiresAt, String reason) {
    }

    private record Entry(BaseRobotRules rules, boolean deferred, Instant expiresAt, String reason) {
    }

    private final RobotsSource source;
    private final Clock clock;
    private final Duration ttl;
    private final Duration errorTtl;
    private final int maxEntries;
    private final List<String> robotNames;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 10);
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * @param ttl        how long success and 4xx entries live
     * @param errorTtl   how long error entries (5xx, 429, network) live before robots.txt is asked again
     * @param maxEntries sites kept; past it expired entries are dropped, and all if none has expired
     */
    public RobotsCache(RobotsSource source, String userAgent, Clock clock, Duration ttl, Duration errorTtl, int maxEntries) {
        this.source = source;
        this.clock = clock;
        this.ttl = ttl;
        this.errorTtl = errorTtl;
        this.maxEntries = maxEntries;
        this.robotNames = List.of(productToken(userAgent));
    }

    /** The robots.txt product token of a User-Agent: "newsflow/0.1 (+https://...)" obeys "User-agent: newsflow". */
    static String productToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return token.isEmpty() ? "*" : token;
    }

    public Verdict check(URI page) throws InterruptedException {
        String site = siteOf(page);
        Entry entry = fresh(entries.get(site));
        if (entry == null) {
            Object lock = locks.computeIfAbsent(site, s -> new Object());
            synchronized (lock) {
                entry = fresh(entries.get(site));
                if (entry == null) {
                    entry = load(URI.create(site + "/robots.txt"));
                    if (entries.size() >= maxEntries) {
                        evictExpired();
                    }
                    entries.put(site, entry);
                }
            }
            locks.remove(site, lock);
        }
        if (entry.deferred) {
            return new Verdict(false, true, null, entry.expiresAt, entry.reason);
        }
        boolean allowed = entry.rules.isAllowed(page.toString());
        long delayMillis = entry.rules.getCrawlDelay();
        Duration crawlDelay = delayMillis == BaseRobotRules.UNSET_CRAWL_DELAY || delayMillis <= 0 ? null : Duration.ofMillis(delayMillis);
        return new Verdict(allowed, false, crawlDelay, entry.expiresAt, allowed ? null : "disallowed by robots.txt");
    }

    private Entry load(URI robotsUri) throws InterruptedException {
        Instant now = clock.instant();
        RobotsSource.Response response;
        try {
            response = source.fetch(robotsUri);
        } catch (IOException e) {
            return deferred(now, "robots.txt unreachable: " + e.getMessage());
        }
        int status = response.status();
        if (status >= 200 && status < 300) {
            BaseRobotRules rules = parser.parseContent(robotsUri.toString(), response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(), robotNames);
            return new Entry(rules, false, now.plus(ttl), null);
        }
        if (status == 429 || status >= 500) {
            return deferred(now, "robots.txt answered HTTP " + status);
        }
        if (status >= 400) {
            return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), false, now.plus(ttl), null);
        }
        // 1xx, 3xx left over after the redirect limit, or anything odd
        return deferred(now, "robots.txt answered HTTP " + status);
    }

    private Entry deferred(Instant now, String reason) {
        return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), true, now.plus(errorTtl), reason);
    }

    private Entry fresh(Entry entry) {
        return entry != null && clock.instant().isBefore(entry.expiresAt) ? entry : null;
    }

    private void evictExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !now.isBefore(e.expiresAt));
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
    }

    static String siteOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
