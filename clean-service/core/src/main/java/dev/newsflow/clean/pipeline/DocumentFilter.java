package dev.newsflow.clean.pipeline;

/**
 * One step of the cleaning chain, in the manner of a Lucene token filter: small, ordered, composable. Like a
 * Lucene filter's attributes, what it reads and writes is declared ({@link #access()}); {@link CleaningPipeline}
 * checks the order and the document the accesses.
 */
public interface DocumentFilter {
    void apply(WorkingDocument doc);

    /** The fields {@link #apply} reads and changes. */
    DocumentAccess access();
}
