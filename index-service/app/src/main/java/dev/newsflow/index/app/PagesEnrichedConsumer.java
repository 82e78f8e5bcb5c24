package dev.newsflow.index.app;

import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.index.IndexResult;
import dev.newsflow.index.NewsWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Indexes enriched documents through the bulk writer. A record is acknowledged (its offset becomes committable)
 * only once Elasticsearch answered for it: written, stale, or rejected; rejected documents and records that are
 * not documents go to {@code pages.enriched.dlq} first, with the reason in the {@code dead-letter-reason} header.
 * While Elasticsearch is down the writer retries and, once its in-flight limit is reached, holds this method,
 * so the consumer stops pulling (backpressure) and resumes by itself.
 */
@ApplicationScoped
public class PagesEnrichedConsumer {
    static final String REASON_HEADER = "dead-letter-reason";

    @Inject
    NewsWriter writer;

    @Inject
    ElasticsearchSetup elasticsearch;

    @Inject
    @Channel("dead-letter")
    MutinyEmitter<String> deadLetters;

    @Inject
    MeterRegistry metrics;

    @Incoming("pages-enriched")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> consume(Message<String> message) {
        return Uni.createFrom().<Void>item(() -> {
            enqueue(message);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private void enqueue(Message<String> message) {
        EnrichedDocument doc;
        try {
            doc = Json.read(message.getPayload(), EnrichedDocument.class);
            if (doc.docId == null || doc.docId.isBlank()) {
                throw new IllegalArgumentException("enriched document has no docId");
            }
        } catch (IllegalArgumentException e) {
            deadLetter(message, e.getMessage());
            return;
        }
        try {
            elasticsearch.awaitIndex();
            writer.write(doc).whenComplete((result, failure) -> {
                if (failure != null) {
                    message.nack(failure);
                    return;
                }
                metrics.counter("newsflow.records", "stage", "index", "outcome", outcome(result)).increment();
                if (result instanceof IndexResult.Rejected rejected) {
                    deadLetter(message, "Elasticsearch rejected the document (" + rejected.status() + "): " + rejected.reason());
                } else {
                    message.ack();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            message.nack(e);
        }
    }

    private void deadLetter(Message<String> message, String reason) {
        String key = message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> String.valueOf(m.getKey())).orElse(null);
        metrics.counter("newsflow.records", "stage", "index", "outcome", "dead_letter").increment();
        CompletionStage<Void> sent = deadLetters.sendMessage(KafkaRecord.of(key, message.getPayload())
                        .withHeader(REASON_HEADER, reason)
                        .withHeader("dead-letter-topic", "pages.enriched"))
                .subscribeAsCompletionStage();
        sent.whenComplete((ok, failure) -> {
            if (failure == null) {
                message.ack();
            } else {
                message.nack(failure);
            }
        });
    }

    private static String outcome(IndexResult result) {
        if (result instanceof IndexResult.Rejected) {
            return "dead_letter";
        }
        return result instanceof IndexResult.Stale ? "stale" : "indexed";
    }
}
