package dev.newsflow.clean.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The text filters in the order they run (the default rules: {@code dev.newsflow.clean.chain.TextFilters}). The
 * order is checked when the pipeline is built: every field a filter reads ({@link DocumentFilter#access()}) is an
 * input ({@link DocumentField#INPUTS}), written by an earlier filter or by the filter itself; while a filter runs, the document refuses
 * what it did not declare. This package knows no filter: filters depend on it, not the other way round.
 */
public final class CleaningPipeline {
    private final List<DocumentFilter> filters;

    /** @throws IllegalArgumentException when a filter reads what neither the input nor an earlier filter gives */
    public CleaningPipeline(List<DocumentFilter> filters) {
        this.filters = List.copyOf(filters);
        checkOrder(this.filters);
    }

    static void checkOrder(List<DocumentFilter> filters) {
        Set<DocumentField> available = EnumSet.copyOf(DocumentField.INPUTS);
        for (DocumentFilter filter : filters) {
            Set<DocumentField> missing = EnumSet.noneOf(DocumentField.class);
            missing.addAll(filter.access().reads());
            missing.removeAll(available);
            // a filter may read what it writes itself (it starts from the empty value: MetadataFilter's source)
            missing.removeAll(filter.access().writes());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(filter.getClass().getSimpleName() + " reads " + missing
                        + ", which neither the input nor an earlier filter writes");
            }
            available.addAll(filter.access().writes());
        }
    }

    /** The filters' names in the order they run. */
    public List<String> names() {
        return filters.stream().map(f -> f.getClass().getSimpleName()).toList();
    }

    public void run(WorkingDocument doc) {
        for (DocumentFilter filter : filters) {
            doc.run(filter);
        }
    }
}
