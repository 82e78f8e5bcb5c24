package dev.newsflow.index.app;

import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.index.IndexResult;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes enriched documents in batches. Records that are not valid documents, and documents Elasticsearch
 * rejects for good, go to {@code pages.enriched.dlq} with the reason in the {@code dead-letter-reason} header.
 * The batch's offsets are committed when this method returns, i.e. after Elasticsearch acknowledged every item.
 */
@ApplicationScoped
public class PagesEnrichedConsumer {
    static final String REASON_HEADER = "dead-letter-reason";

    @Inject
    IndexStage stage;

    @Inject
    @Channel("dead-letter")
    MutinyEmitter<String> deadLetters;

    @Incoming("pages-enriched")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<EnrichedDocument> documents = new ArrayList<>();
        Map<String, ConsumerRecord<String, String>> recordOf = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                EnrichedDocument doc = Json.read(record.value(), EnrichedDocument.class);
                if (doc.docId == null || doc.docId.isBlank()) {
                    throw new IllegalArgumentException("enriched document has no docId");
                }
                documents.add(doc);
                recordOf.put(doc.docId, record);
            } catch (IllegalArgumentException e) {
                deadLetter(record, e.getMessage());
            }
        }
        for (IndexResult result : stage.indexUntilAcknowledged(documents)) {
            if (result instanceof IndexResult.Rejected rejected) {
                deadLetter(recordOf.get(rejected.docId()), "Elasticsearch rejected the document (" + rejected.status() + "): " + rejected.reason());
            }
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        deadLetters.sendMessageAndAwait(KafkaRecord.of(record.key(), record.value())
                .withHeader(REASON_HEADER, reason)
                .withHeader("dead-letter-topic", record.topic()));
    }
}
