package dev.newsflow.clean.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.RawPageRecord;
import dev.newsflow.contracts.Topics;
import dev.newsflow.delivery.RecordGuard;
import dev.newsflow.delivery.ReliableSender;
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
 * Reads fetched pages ({@link RawPageRecord}: the body as bytes, decoded once), writes clean documents. A record that cannot be cleaned (not a RawPage, a wrong
 * schemaVersion, a page the cleaner fails on, a clean document too large for {@code pages.clean}) goes to
 * {@code pages.raw.dlq} with the reason ({@link RecordGuard}) and the next record is processed. The offset is
 * committed only after the clean document (or the dead letter) was acknowledged by Kafka.
 */
@ApplicationScoped
public class PagesRawConsumer {
    @Inject
    CleanStage stage;

    @Inject
    @Channel("pages-clean")
    MutinyEmitter<String> out;

    @Inject
    RecordGuard guard;

    @Inject
    ReliableSender sender;

    @Inject
    MeterRegistry metrics;

    @Incoming("pages-raw")
    @Blocking(value = "clean-workers", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        guard.process("clean", record, value -> {
            CleanDocument doc = stage.clean(RawPageRecord.decode(value));
            String json = Json.write(doc);
            sender.send(out, Topics.PAGES_CLEAN, () -> KafkaRecord.of(doc.docId, json));
            metrics.counter("newsflow.records", "stage", "clean", "outcome", "cleaned").increment();
        });
    }
}
