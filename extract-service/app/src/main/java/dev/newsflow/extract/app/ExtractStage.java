package dev.newsflow.extract.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.extract.Extractor;
import jakarta.enterprise.context.ApplicationScoped;

/** The extract stage as one function, shared by the Kafka consumer and the REST endpoint. Dictionaries load once, at start-up. */
@ApplicationScoped
public class ExtractStage {
    private final Extractor extractor = Extractor.withDefaults();

    public EnrichedDocument extract(CleanDocument doc) {
        if (doc.text == null) {
            throw new IllegalArgumentException("clean document " + doc.docId + " has no text");
        }
        return extractor.enrich(doc);
    }
}
