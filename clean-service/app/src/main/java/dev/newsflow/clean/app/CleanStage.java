package dev.newsflow.clean.app;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.CleanInputs;
import dev.newsflow.common.limits.BodyLimit;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.clean.dedup.DuplicateDetector;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The clean stage as one function, shared by the Kafka consumer and the REST endpoint. */
@ApplicationScoped
public class CleanStage {
    private final Cleaner cleaner;

    /**
     * @param duplicateStore {@code elasticsearch}: near-duplicates are found across all replicas through a shared
     *                       index; {@code memory}: within this process only
     */
    public CleanStage(@ConfigProperty(name = "newsflow.dedup.store") String duplicateStore,
                      @ConfigProperty(name = "newsflow.elasticsearch.url") String elasticsearchUrl,
                      @ConfigProperty(name = BodyLimit.PROPERTY) int maxBodyBytes) {
        DuplicateDetector duplicates = "elasticsearch".equals(duplicateStore)
                ? new DuplicateDetector(new ElasticsearchSimHashStore(elasticsearchUrl), DuplicateDetector.DEFAULT_MAX_DISTANCE)
                : DuplicateDetector.inMemory(100_000);
        this.cleaner = Cleaner.with(duplicates, maxBodyBytes);
    }

    public CleanDocument clean(RawPage page) {
        CleanDocument doc = cleaner.clean(CleanInputs.fromRawPage(page));
        doc.docId = page.docId();
        doc.url = page.url();
        doc.finalUrl = page.finalUrl();
        doc.fetchedAt = page.fetchedAt();
        if (page.truncated() && !doc.flags.contains("truncated")) {
            doc.flags.add("truncated");
        }
        return doc;
    }
}
