package dev.newsflow.ingest.app;

import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPageRecord;
import dev.newsflow.contracts.RetryRequest;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.UrlKeys;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.delivery.ReliableSender;
import dev.newsflow.ingest.FetchOutcome;
import dev.newsflow.ingest.Fetcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;


/**
 * Fetches one request and sends the outcome where it belongs: the page to {@code pages.raw}, a transient failure
 * to {@code urls.retry}, nothing for an unchanged page, and a permanent failure to the dead-letter topic
 * (by throwing {@link RejectedUrlException}). Returns only after Kafka acknowledged what was sent; while Kafka
 * is unreachable it waits and retries ({@link ReliableSender}).
 */
@ApplicationScoped
public class FetchRouter {
    @Inject
    Fetcher fetcher;

    @Inject
    @Channel("pages-raw")
    MutinyEmitter<byte[]> pages;

    @Inject
    @Channel("retries")
    MutinyEmitter<String> retries;

    @Inject
    MeterRegistry metrics;

    @Inject
    ReliableSender sender;

    public FetchOutcome fetchAndRoute(UrlRequest request, int attempt) {
        FetchOutcome outcome = fetcher.fetch(request, attempt);
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            try {
                byte[] page = RawPageRecord.encode(fetched.page());
                sender.send(pages, Topics.PAGES_RAW, () -> KafkaRecord.of(fetched.page().docId(), page));
            } catch (RuntimeException e) {
                // the fetcher already remembers the page as seen; a redelivery must fetch it again
                fetcher.forget(fetched.page().docId());
                throw e;
            }
        } else if (outcome instanceof FetchOutcome.Retry retry) {
            RetryRequest next = new RetryRequest(RetryRequest.SCHEMA_VERSION, request, retry.nextAttempt(), retry.notBefore(), retry.reason());
            KafkaRecord<String, String> record = retryRecord(next);
            sender.send(retries, Topics.URLS_RETRY, () -> record);
        } else if (outcome instanceof FetchOutcome.Rejected rejected) {
            count(outcome);
            throw new RejectedUrlException(rejected.status() == 0 ? rejected.reason() : "HTTP " + rejected.status() + ": " + rejected.reason());
        }
        count(outcome);
        return outcome;
    }

    /**
     * The {@code urls.retry} record of a retry: keyed by the URL's host like {@code urls} ({@link UrlKeys}), so all
     * retries of a host land in one partition (one ingest replica), the partition of the same number as its
     * {@code urls} records (both topics have the same partition count).
     */
    static KafkaRecord<String, String> retryRecord(RetryRequest retry) {
        return KafkaRecord.of(UrlKeys.of(retry.request().url()), Json.write(retry));
    }

    private void count(FetchOutcome outcome) {
        metrics.counter("newsflow.fetch", "outcome", outcome.kind(), "host", String.valueOf(outcome.host())).increment();
    }
}
