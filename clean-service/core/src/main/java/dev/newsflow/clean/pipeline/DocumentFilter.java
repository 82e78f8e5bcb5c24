package dev.newsflow.clean.pipeline;

import java.util.Set;

/**
 * One step of the cleaning chain, in the manner of a Lucene token filter: small, ordered, composable. Like a
 * Lucene filter's attributes, its reads and writes are declared; {@link CleaningPipeline} checks them.
 */
public interface DocumentFilter {
    void apply(WorkingDocument doc);

    /** The fields {@link #apply} reads; each must be an input or written by an earlier filter. */
    Set<DocumentField> reads();

    /** The fields {@link #apply} changes. */
    Set<DocumentField> writes();
}
