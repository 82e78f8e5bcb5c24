package dev.newsflow.clean.app;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.RawPage;
import jakarta.enterprise.context.ApplicationScoped;

/** The clean stage as one function, shared by the Kafka consumer and the REST endpoint. */
@ApplicationScoped
public class CleanStage {
    private final Cleaner cleaner = Cleaner.withDefaults();

    public CleanDocument clean(RawPage page) {
        String charset = page.declaredCharset();
        CleanDocument doc = cleaner.clean(new RawInput(page.docId(), page.finalUrl() != null ? page.finalUrl() : page.url(),
                page.body(), page.contentType(), charset, page.fetchedAt()));
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
