package dev.newsflow.extract.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
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
 * Reads clean documents, writes enriched ones. A document that cannot be processed makes the method throw:
 * the connector then moves it to {@code pages.clean.dlq} with the reason. The offset is committed only after
 * the enriched document was acknowledged by Kafka.
 */
@ApplicationScoped
public class PagesCleanConsumer {
    @Inject
    ExtractStage stage;

    @Inject
    @Channel("pages-enriched")
    MutinyEmitter<String> out;

    @Inject
    MeterRegistry metrics;

    @Incoming("pages-clean")
    @Blocking(value = "extract-workers", ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        try {
            EnrichedDocument doc = stage.extract(Json.read(record.value(), CleanDocument.class));
            out.sendMessageAndAwait(KafkaRecord.of(doc.docId, Json.write(doc)));
            metrics.counter("newsflow.records", "stage", "extract", "outcome", "enriched").increment();
        } catch (RuntimeException e) {
            metrics.counter("newsflow.records", "stage", "extract", "outcome", "dead_letter").increment();
            throw e;
        }
    }
}
