package dev.newsflow.clean.pipeline;

import java.util.List;

/** Runs one filter over some lines, as the pipeline would. */
public final class Docs {
    private Docs() {
    }

    public static WorkingDocument run(DocumentFilter filter, String... lines) {
        WorkingDocument doc = new WorkingDocument(List.of(lines));
        filter.apply(doc);
        return doc;
    }
}
