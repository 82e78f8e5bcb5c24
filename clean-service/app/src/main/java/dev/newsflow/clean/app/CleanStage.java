package dev.newsflow.clean.app;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.CleanInputs;
import dev.newsflow.common.limits.BodyLimit;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.clean.dedup.DuplicateDetector;
import jakarta.enterprise.context.ApplicationScoped;
import dev.newsflow.connections.ElasticsearchSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Supplier;

/** The clean stage as one function, shared by the Kafka consumer and the REST endpoint. */
@ApplicationScoped
public class CleanStage {
    private final Cleaner cleaner;
    private final ElasticsearchSimHashStore sharedStore;
    private final BytesInWork inWork;

    /**
     * @param duplicateStore {@code elasticsearch}: near-duplicates are found across all replicas through a shared
     *                       index; {@code memory}: within this process only
     */
    public CleanStage(@ConfigProperty(name = "newsflow.dedup.store") String duplicateStore,
                      @ConfigProperty(name = BodyLimit.PROPERTY) int maxBodyBytes,
                      @ConfigProperty(name = "newsflow.clean.bytes-in-work") long bytesInWork) {
        this.inWork = new BytesInWork(bytesInWork);
        Config config = ConfigProvider.getConfig();
        this.sharedStore = "elasticsearch".equals(duplicateStore)
                ? new ElasticsearchSimHashStore(ElasticsearchSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null)))
                : null;
        DuplicateDetector duplicates = sharedStore != null
                ? new DuplicateDetector(sharedStore, DuplicateDetector.DEFAULT_MAX_DISTANCE)
                : DuplicateDetector.inMemory(DuplicateDetector.IN_MEMORY_CAPACITY);
        this.cleaner = Cleaner.with(duplicates, maxBodyBytes);
    }

    /** Checks the shared near-duplicate store now: its refusal (see {@link ElasticsearchSimHashStore#refusal()}), or null. */
    public String duplicateStoreRefusal() {
        return sharedStore == null ? null : sharedStore.probe();
    }

    public CleanDocument clean(RawPage page) {
        return start(page).get();
    }

    /**
     * The page cleaned up to its near-duplicate verdict, which is asked for without waiting (see
     * {@link Cleaner#start}); the supplier waits for it and gives the document. Pages of a poll batch are all
     * started before any is finished, so their lookups share one round of the store.
     */
    public Supplier<CleanDocument> start(RawPage page) {
        Cleaner.Started started = inWork.run(page.body() == null ? 0 : page.body().length, () -> cleaner.start(CleanInputs.fromRawPage(page)));
        return () -> finish(started.finish(), page);
    }

    private static CleanDocument finish(CleanDocument doc, RawPage page) {
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
