package dev.newsflow.index.app;

import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.index.ElasticsearchUnavailableException;
import dev.newsflow.index.IndexResult;
import dev.newsflow.index.NewsIndexer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Writes a batch and does not return until Elasticsearch has answered for every document. While Elasticsearch
 * is down or overloaded it waits with growing pauses: the Kafka consumer stops pulling (backpressure) and
 * resumes by itself, and no offset is committed for unwritten documents.
 */
@ApplicationScoped
public class IndexStage {
    private static final Logger LOG = Logger.getLogger(IndexStage.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    @Inject
    ElasticsearchSetup elasticsearch;

    @Inject
    NewsIndexer indexer;

    @Inject
    MeterRegistry metrics;

    public List<IndexResult> indexUntilAcknowledged(List<EnrichedDocument> documents) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                elasticsearch.ensureIndex();
                List<IndexResult> results = indexer.index(documents);
                results.forEach(r -> metrics.counter("newsflow.records", "stage", "index", "outcome", outcome(r)).increment());
                return results;
            } catch (ElasticsearchUnavailableException | co.elastic.clients.elasticsearch._types.ElasticsearchException
                     | java.io.UncheckedIOException e) {
                metrics.counter("newsflow.elasticsearch.retries").increment();
                LOG.warnf("Elasticsearch unavailable (%s); retrying %d documents in %d ms", e.getMessage(), documents.size(), pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static String outcome(IndexResult result) {
        if (result instanceof IndexResult.Rejected) {
            return "dead_letter";
        }
        return result instanceof IndexResult.Stale ? "stale" : "indexed";
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
