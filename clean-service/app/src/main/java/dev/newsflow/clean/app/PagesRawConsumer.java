package dev.newsflow.clean.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPageRecord;
import dev.newsflow.contracts.Topics;
import dev.newsflow.delivery.BatchRelay;
import dev.newsflow.delivery.RecordGuard;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;


/**
 * Reads fetched pages ({@link RawPageRecord}: the body as bytes, decoded once), writes clean documents, a Kafka
 * poll batch at a time: every page of the batch is cleaned up to its near-duplicate lookup, the batch's lookups
 * are answered together (one round of the shared store, not one per page), and each document is sent without waiting, then the batch
 * waits once for all acknowledgements (one wait per batch, not per page; the producer packs the documents into
 * few requests). A record that cannot be cleaned (not a RawPage, a wrong schemaVersion, a page the cleaner fails on,
 * a clean document Kafka refuses as too large for {@code pages.clean}) goes to {@code pages.raw.dlq} with the reason
 * ({@link RecordGuard}) and the next record is processed. The batch's offsets are committed only after every clean
 * document (or dead letter) of it was acknowledged by Kafka.
 */
@ApplicationScoped
public class PagesRawConsumer {
    @Inject
    CleanStage stage;

    @Inject
    @Channel("pages-clean")
    MutinyEmitter<String> out;

    @Inject
    BatchRelay relay;

    @Inject
    MeterRegistry metrics;

    private Counter cleaned;

    @PostConstruct
    void counters() {
        cleaned = metrics.counter("newsflow.records", "stage", "clean", "outcome", "cleaned");
    }

    @Incoming("pages-raw")
    @Blocking(value = "clean-workers", ordered = false)
    public void consume(ConsumerRecords<String, byte[]> records) {
        relay.relay("clean", records, out, Topics.PAGES_CLEAN, value -> stage.start(RawPageRecord.decode(value)), started -> {
            CleanDocument doc = started.get();
            return new BatchRelay.Output(doc.docId, Json.write(doc));
        }, cleaned::increment);
    }
}
