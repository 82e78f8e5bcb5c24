package dev.newsflow.clean.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.RawPageRecord;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads fetched pages ({@link RawPageRecord}: the body as bytes, decoded once), writes clean documents. A page that cannot be cleaned makes the method throw:
 * the connector then moves the record to {@code pages.raw.dlq} with the exception message as its reason.
 * The offset is committed only after the clean document was acknowledged by Kafka.
 */
@ApplicationScoped
public class PagesRawConsumer {
    @Inject
    CleanStage stage;

    @Inject
    @Channel("pages-clean")
    MutinyEmitter<String> out;

    @Inject
    MeterRegistry metrics;

    @Incoming("pages-raw")
    @Blocking(value = "clean-workers", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        try {
            RawPage page = RawPageRecord.decode(record.value());
            CleanDocument doc = stage.clean(page);
            out.sendMessageAndAwait(KafkaRecord.of(doc.docId, Json.write(doc)));
            metrics.counter("newsflow.records", "stage", "clean", "outcome", "cleaned").increment();
        } catch (RuntimeException e) {
            metrics.counter("newsflow.records", "stage", "clean", "outcome", "dead_letter").increment();
            throw e;
        }
    }
}
