package dev.newsflow.clean.pipeline;

/** One step of the cleaning chain, in the manner of a Lucene token filter: small, ordered, composable. */
@FunctionalInterface
public interface DocumentFilter {
    void apply(WorkingDocument doc);
}
