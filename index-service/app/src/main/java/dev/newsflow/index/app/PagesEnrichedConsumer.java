package dev.newsflow.index.app;

import dev.newsflow.index.DocumentMapper;
import dev.newsflow.index.IndexResult;
import dev.newsflow.index.NewsWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import dev.newsflow.delivery.DeadLetter;
import dev.newsflow.delivery.DeadLetters;
import dev.newsflow.delivery.Reasons;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Indexes enriched documents, a Kafka poll batch at a time, through the bulk writer (which flushes by count,
 * bytes and time across batches). A batch is acknowledged (its offsets become committable) only once
 * Elasticsearch answered for every record: written, stale, or rejected; rejected documents and records that are
 * not documents go to {@code pages.enriched.dlq} first, with the reason in the {@code dead-letter-reason} header.
 * While Elasticsearch is down the writer retries and, once its in-flight limit is reached, holds this method,
 * so the consumer stops pulling (backpressure) and resumes by itself.
 */
@ApplicationScoped
public class PagesEnrichedConsumer {
    private final DocumentMapper mapper = new DocumentMapper();

    @Inject
    NewsWriter writer;

    @Inject
    ElasticsearchSetup elasticsearch;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry metrics;

    @Incoming("pages-enriched")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return Uni.createFrom().<Void>item(() -> {
            enqueue(batch);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private void enqueue(KafkaRecordBatch<String, byte[]> batch) {
        List<CompletableFuture<?>> answers = new ArrayList<>();
        try {
            elasticsearch.awaitIndex();
            for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
                answers.add(write(record));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.nack(e);
            return;
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> {
            if (failure == null) {
                batch.ack();
            } else {
                batch.nack(failure);
            }
        });
    }

    private CompletableFuture<?> write(KafkaRecord<String, byte[]> record) throws InterruptedException {
        try {
            return writer.write(mapper.fromMessage(record.getPayload())).toCompletableFuture().thenCompose(result -> {
                metrics.counter("newsflow.records", "stage", "index", "outcome", outcome(result)).increment();
                if (result instanceof IndexResult.Rejected rejected) {
                    return deadLetter(record, "Elasticsearch rejected the document (" + rejected.status() + "): " + rejected.reason());
                }
                return CompletableFuture.completedFuture(null);
            });
        } catch (DocumentMapper.NotADocumentException e) {
            metrics.counter("newsflow.records", "stage", "index", "outcome", "dead_letter").increment();
            return deadLetter(record, e.getMessage());
        }
    }

    /** Completes once the copy is in {@code pages.enriched.dlq}; a failing send is retried, never given up. */
    private CompletableFuture<Void> deadLetter(KafkaRecord<String, byte[]> record, String reason) {
        return deadLetters.sendAsync(DeadLetter.of(record, Reasons.clip(reason))).subscribeAsCompletionStage();
    }

    private static String outcome(IndexResult result) {
        if (result instanceof IndexResult.Rejected) {
            return "dead_letter";
        }
        return result instanceof IndexResult.Stale ? "stale" : "indexed";
    }
}
