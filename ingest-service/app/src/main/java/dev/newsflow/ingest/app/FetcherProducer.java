package dev.newsflow.ingest.app;

import dev.newsflow.ingest.FetchPolicy;
import dev.newsflow.ingest.Fetcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import java.util.Set;

@ApplicationScoped
public class FetcherProducer {

    @Produces
    @ApplicationScoped
    Fetcher fetcher(FetchConfig c) {
        return new Fetcher(policy(c));
    }

    static FetchPolicy policy(FetchConfig c) {
        return new FetchPolicy(c.userAgent(), c.connectTimeout(), c.readTimeout(), c.totalTimeout(),
                c.maxBodyBytes(), c.maxRedirects(), c.allowedHosts().orElse(Set.of()), c.minHostDelay(),
                c.maxHostConcurrency(), c.maxCrawlDelay(), c.maxAttempts(), c.baseBackoff(), c.maxBackoff(),
                c.refetchAfter(), c.respectRobots(), c.maxHostWait(), c.robotsTtl(), c.robotsErrorTtl(),
                c.robotsCacheSize(), c.historySize());
    }

    void close(@Disposes Fetcher fetcher) {
        fetcher.close();
    }
}
