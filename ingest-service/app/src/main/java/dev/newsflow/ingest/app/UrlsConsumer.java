package dev.newsflow.ingest.app;

import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.UrlRequest;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.time.Instant;

/** Consumes {@code urls} (plain URL strings or JSON) and {@code urls.retry}; requests for different hosts run concurrently. */
@ApplicationScoped
public class UrlsConsumer {
    @Inject
    FetchRouter router;

    @Incoming("urls")
    @Blocking(ordered = false)
    public void onUrl(ConsumerRecord<String, String> record) {
        router.fetchAndRoute(UrlRequest.parse(record.value()), 1);
    }

    @Incoming("urls-retry")
    @Blocking(ordered = false)
    public void onRetry(ConsumerRecord<String, String> record) throws InterruptedException {
        RetryRequest retry = Json.read(record.value(), RetryRequest.class);
        Duration wait = Duration.between(Instant.now(), retry.notBefore());
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }
        router.fetchAndRoute(retry.request(), retry.attempt());
    }
}
