package dev.newsflow.contracts;

import java.util.ArrayList;
import java.util.List;

/** The clean document plus what the extract stage found in it, on topic {@code pages.enriched}. */
public class EnrichedDocument extends CleanDocument {
    public List<Entity> entities = new ArrayList<>();
    public List<String> keywords = new ArrayList<>();
    public String summary;
    /** The text segmented into words separated by spaces, for whitespace-analyzed search on any cluster. */
    public String segmentedText;

    public EnrichedDocument() {
    }

    public EnrichedDocument(CleanDocument clean) {
        copyFrom(clean);
    }
}
