package dev.newsflow.clean.pipeline;

import java.util.List;

/** Runs one filter over some lines, as the pipeline would. */
public final class Docs {
    private Docs() {
    }

    public static WorkingDocument run(DocumentFilter filter, String... lines) {
        WorkingDocument doc = new WorkingDocument(List.of(lines));
        doc.run(filter); // with the filter's declared reads and writes enforced
        return doc;
    }
}
