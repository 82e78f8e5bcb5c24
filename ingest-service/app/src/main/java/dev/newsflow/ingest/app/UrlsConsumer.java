package dev.newsflow.ingest.app;

import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.UrlRequest;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Consumes {@code urls} (plain URL strings or JSON) and {@code urls.retry}. Requests for different hosts run
 * concurrently. A retry waits for its not-before time on a timer, holding no thread; its record is acknowledged
 * only after the fetch, so a restart redelivers every retry still waiting.
 */
@ApplicationScoped
public class UrlsConsumer {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ingest-retry-timer");
        t.setDaemon(true);
        return t;
    });

    @Inject
    FetchRouter router;

    @Incoming("urls")
    @Blocking(ordered = false)
    public void onUrl(ConsumerRecord<String, String> record) {
        router.fetchAndRoute(UrlRequest.parse(record.value()), 1);
    }

    @Incoming("urls-retry")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> onRetry(Message<String> message) {
        RetryRequest retry;
        try {
            retry = Json.read(message.getPayload(), RetryRequest.class);
        } catch (IllegalArgumentException e) {
            return message.nack(e);
        }
        long wait = Math.max(0, Duration.between(Instant.now(), retry.notBefore()).toMillis());
        timer.schedule(() -> Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                router.fetchAndRoute(retry.request(), retry.attempt());
                message.ack();
            } catch (RuntimeException e) {
                message.nack(e);
            }
        }), wait, TimeUnit.MILLISECONDS);
        return CompletableFuture.completedFuture(null);
    }

    @PreDestroy
    void stopTimer() {
        timer.shutdownNow();
    }
}
