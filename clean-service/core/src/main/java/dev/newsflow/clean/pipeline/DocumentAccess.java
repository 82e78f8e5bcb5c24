package dev.newsflow.clean.pipeline;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a {@link DocumentFilter} reads and writes of a {@link WorkingDocument}, as Lucene's attributes: every field
 * it reads must be an input or written by an earlier filter (or by itself), checked by {@link CleaningPipeline}.
 */
public record DocumentAccess(Set<DocumentField> reads, Set<DocumentField> writes) {
    public DocumentAccess {
        reads = Collections.unmodifiableSet(reads.isEmpty() ? EnumSet.noneOf(DocumentField.class) : EnumSet.copyOf(reads));
        writes = Collections.unmodifiableSet(writes.isEmpty() ? EnumSet.noneOf(DocumentField.class) : EnumSet.copyOf(writes));
    }
}
