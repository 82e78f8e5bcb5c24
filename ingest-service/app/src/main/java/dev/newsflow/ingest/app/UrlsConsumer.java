package dev.newsflow.ingest.app;

import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RetryRequest;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.delivery.DeadLetter;
import dev.newsflow.delivery.DeadLetters;
import dev.newsflow.delivery.Reasons;
import dev.newsflow.delivery.RecordGuard;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Consumes {@code urls} (plain URL strings or JSON) and {@code urls.retry}. Requests for different hosts run
 * concurrently. A retry waits for its not-before time on a timer, holding no thread, inside a bounded window
 * ({@link RetryWindow}): beyond it retries wait in Kafka. A retry's record is acknowledged only after the fetch,
 * so a restart redelivers every retry still waiting. Any record that cannot be processed goes to its topic's
 * dead-letter twin and the next one is processed.
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

    @Inject
    RecordGuard guard;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry metrics;

    @Inject
    FetchConfig config;

    private RetryWindow window;

    @PostConstruct
    void createWindow() {
        window = new RetryWindow(config.maxPendingRetries());
        metrics.gauge("newsflow.retries.pending", window, RetryWindow::taken);
    }

    @Incoming("urls")
    @Blocking(ordered = false)
    public void onUrl(ConsumerRecord<String, byte[]> record) {
        guard.process("ingest", record, value -> router.fetchAndRoute(UrlRequest.parse(text(value)), 1));
    }

    @Incoming("urls-retry")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> onRetry(Message<byte[]> message) {
        RetryRequest retry;
        try {
            retry = Json.readMessage(message.getPayload(), RetryRequest.class);
        } catch (RuntimeException e) {
            metrics.counter("newsflow.records", "stage", "ingest", "outcome", "dead_letter").increment();
            return deadLetters.sendAsync(DeadLetter.of(message, Reasons.of(e))).subscribeAsCompletionStage()
                    .thenCompose(done -> message.ack());
        }
        return window.acquire().thenRun(() -> schedule(retry, message));
    }

    private void schedule(RetryRequest retry, Message<byte[]> message) {
        long wait = Math.max(0, Duration.between(Instant.now(), retry.notBefore()).toMillis());
        timer.schedule(() -> Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                guard.process("ingest", reason -> DeadLetter.of(message, reason),
                        () -> router.fetchAndRoute(retry.request(), retry.attempt()));
                message.ack();
            } finally {
                window.release();
            }
        }), wait, TimeUnit.MILLISECONDS);
    }

    private static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @PreDestroy
    void stopTimer() {
        timer.shutdownNow();
    }
}
