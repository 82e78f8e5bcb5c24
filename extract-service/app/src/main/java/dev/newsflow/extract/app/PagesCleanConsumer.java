package dev.newsflow.extract.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.delivery.RecordGuard;
import dev.newsflow.delivery.ReliableSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads clean documents, writes enriched ones, a Kafka poll batch at a time: every document of the batch is
 * enriched and sent without waiting, then the batch waits once for all acknowledgements (one wait per batch, not
 * per document). A record that cannot be processed goes to {@code pages.clean.dlq} with the reason
 * ({@link RecordGuard}) and the next record is processed. The batch's offsets are committed only after every
 * enriched document (or dead letter) of it was acknowledged by Kafka.
 */
@ApplicationScoped
public class PagesCleanConsumer {
    @Inject
    ExtractStage stage;

    @Inject
    @Channel("pages-enriched")
    MutinyEmitter<String> out;

    @Inject
    RecordGuard guard;

    @Inject
    ReliableSender sender;

    @Inject
    MeterRegistry metrics;

    private Counter enriched;

    @PostConstruct
    void counters() {
        enriched = metrics.counter("newsflow.records", "stage", "extract", "outcome", "enriched");
    }

    /** One enriched document on its way: the input it came from and the acknowledgement of its send. */
    private record Sent(ConsumerRecord<String, byte[]> record, CompletableFuture<Void> ack) {
    }

    @Incoming("pages-clean")
    @Blocking(value = "extract-workers", ordered = false)
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<Sent> sent = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            guard.process("extract", record, value -> {
                EnrichedDocument doc = stage.extract(Json.readMessage(value, CleanDocument.class));
                String json = Json.write(doc);
                sent.add(new Sent(record, sender.send(out, Topics.PAGES_ENRICHED, () -> KafkaRecord.of(doc.docId, json), true)
                        .subscribeAsCompletionStage()));
            });
        }
        for (Sent s : sent) {
            // a refusal for good (too large for pages.enriched): dead-lettered through the guard, like any other failure
            guard.process("extract", s.record(), value -> {
                try {
                    s.ack().join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
                enriched.increment();
            });
        }
    }
}
