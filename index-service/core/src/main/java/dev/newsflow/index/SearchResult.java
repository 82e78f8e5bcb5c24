package dev.newsflow.index;

import java.util.List;
import java.util.Map;

/** Hits with highlights, facet counts per entity field, and documents per day. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<Bucket>> facets, List<Bucket> perDay) {

    public record Hit(String docId, String title, String url, String publishedAt, String source, double score,
                      List<String> highlights) {
    }

    public record Bucket(String key, long count) {
    }
}
