package dev.newsflow.extract.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
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
    BatchRelay relay;

    @Inject
    MeterRegistry metrics;

    private Counter enriched;

    @PostConstruct
    void counters() {
        enriched = metrics.counter("newsflow.records", "stage", "extract", "outcome", "enriched");
    }

    @Incoming("pages-clean")
    @Blocking(value = "extract-workers", ordered = false)
    public void consume(ConsumerRecords<String, byte[]> records) {
        relay.relay("extract", records, out, Topics.PAGES_ENRICHED, value -> {
            EnrichedDocument doc = stage.extract(Json.readMessage(value, CleanDocument.class));
            return new BatchRelay.Output(doc.docId, Json.write(doc));
        }, enriched::increment);
    }
}
