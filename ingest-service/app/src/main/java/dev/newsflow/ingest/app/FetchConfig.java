package dev.newsflow.ingest.app;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The fetch policy as configuration ({@code newsflow.fetch.*}); one method per {@code FetchPolicy} component. */
@ConfigMapping(prefix = "newsflow.fetch")
public interface FetchConfig {
    String userAgent();

    Optional<Set<String>> allowedHosts();

    Duration connectTimeout();

    Duration readTimeout();

    Duration totalTimeout();

    long maxBodyBytes();

    int maxRedirects();

    Duration minHostDelay();

    int maxHostConcurrency();

    Duration maxCrawlDelay();

    int maxAttempts();

    Duration baseBackoff();

    Duration maxBackoff();

    Duration refetchAfter();

    boolean respectRobots();

    /** Retries waiting for their not-before time in memory at most; beyond, they wait in {@code urls.retry}. */
    int maxPendingRetries();
    Duration maxHostWait();

    Duration robotsTtl();

    Duration robotsErrorTtl();

    int robotsCacheSize();

    int historySize();
}
