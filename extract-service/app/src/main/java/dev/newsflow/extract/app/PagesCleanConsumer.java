package dev.newsflow.extract.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.delivery.RecordGuard;
import dev.newsflow.delivery.ReliableSender;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads clean documents, writes enriched ones. A record that cannot be processed goes to {@code pages.clean.dlq}
 * with the reason ({@link RecordGuard}) and the next record is processed. The offset is committed only after the
 * enriched document (or the dead letter) was acknowledged by Kafka.
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

    @Incoming("pages-clean")
    @Blocking(value = "extract-workers", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        guard.process("extract", record, value -> {
            EnrichedDocument doc = stage.extract(Json.readMessage(value, CleanDocument.class));
            String json = Json.write(doc);
            sender.send(out, Topics.PAGES_ENRICHED, () -> KafkaRecord.of(doc.docId, json));
            metrics.counter("newsflow.records", "stage", "extract", "outcome", "enriched").increment();
        });
    }
}
