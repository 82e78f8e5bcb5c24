package dev.newsflow.ingest.app;

import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.FetchOutcome;
import dev.newsflow.ingest.Fetcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.net.URI;

/**
 * Fetches one request and sends the outcome where it belongs: the page to {@code pages.raw}, a transient failure
 * to {@code urls.retry}, nothing for an unchanged page, and a permanent failure to the dead-letter topic
 * (by throwing {@link RejectedUrlException}). Returns only after Kafka acknowledged what was sent.
 */
@ApplicationScoped
public class FetchRouter {
    @Inject
    Fetcher fetcher;

    @Inject
    @Channel("pages-raw")
    MutinyEmitter<String> pages;

    @Inject
    @Channel("retries")
    MutinyEmitter<String> retries;

    @Inject
    MeterRegistry metrics;

    public FetchOutcome fetchAndRoute(UrlRequest request, int attempt) {
        FetchOutcome outcome = fetcher.fetch(request, attempt);
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            pages.sendMessageAndAwait(KafkaRecord.of(fetched.page().docId(), Json.write(fetched.page())));
            count("fetched", fetched.page().finalUrl());
        } else if (outcome instanceof FetchOutcome.Retry retry) {
            RetryRequest next = new RetryRequest(RetryRequest.SCHEMA_VERSION, request, retry.nextAttempt(), retry.notBefore(), retry.reason());
            retries.sendMessageAndAwait(KafkaRecord.of(request.url(), Json.write(next)));
            count("retry", request.url());
        } else if (outcome instanceof FetchOutcome.NotModified) {
            count("not_modified", request.url());
        } else if (outcome instanceof FetchOutcome.Rejected rejected) {
            count("rejected", request.url());
            throw new RejectedUrlException(rejected.status() == 0 ? rejected.reason() : "HTTP " + rejected.status() + ": " + rejected.reason());
        }
        return outcome;
    }

    private void count(String outcome, String url) {
        metrics.counter("newsflow.fetch", "outcome", outcome, "host", host(url)).increment();
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "unknown" : host;
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
