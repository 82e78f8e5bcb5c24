package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over the news alias, with entity facets for the analysts' page and the {@code pipeline search} command.
 * The person, place and organization facets count canonical names ({@code personsCanonical}, ...: "国家计委" and
 * "国家发展计划委员会" are one bucket); documents indexed before those fields existed count under their surface
 * names, so old and new documents aggregate together without a reindex.
 */
public final class NewsSearch {
    static final List<String> FACETS = List.of("persons", "places", "organizations", "source", "flags");
    /** Facets (and filters) on entity names, with the field holding their canonical names. */
    static final Map<String, String> CANONICAL = Map.of("persons", "personsCanonical", "places", "placesCanonical",
            "organizations", "organizationsCanonical");
    private static final int FACET_SIZE = 15;
    private static final String LEGACY = "-surface";

    private final ElasticsearchClient client;

    public NewsSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public SearchResult search(SearchQuery query) {
        try {
            SearchResponse<Map> response = client.search(s -> {
                s.index(NewsIndex.ALIAS).size(Math.max(0, Math.min(query.size(), 100))).query(toQuery(query))
                        .highlight(h -> h.preTags("<em>").postTags("</em>")
                                .fields("text", f -> f.fragmentSize(80).numberOfFragments(2))
                                .fields("title", f -> f.numberOfFragments(0)));
                for (String facet : FACETS) {
                    String canonical = CANONICAL.get(facet);
                    s.aggregations(facet, a -> a.terms(t -> t.field(canonical == null ? facet : canonical).size(FACET_SIZE)));
                    if (canonical != null) {
                        // documents indexed without canonical names: their surface names
                        s.aggregations(facet + LEGACY, a -> a.filter(f -> f.bool(b -> b.mustNot(m -> m.exists(e -> e.field(canonical)))))
                                .aggregations("names", sub -> sub.terms(t -> t.field(facet).size(FACET_SIZE))));
                    }
                }
                s.aggregations("perDay", a -> a.dateHistogram(d -> d.field("publishedAt").calendarInterval(CalendarInterval.Day).timeZone("+08:00").format("yyyy-MM-dd").minDocCount(1)));
                return s;
            }, Map.class);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
                List<String> highlights = new ArrayList<>();
                hit.highlight().values().forEach(highlights::addAll);
                hits.add(new SearchResult.Hit(hit.id(), (String) source.get("title"), (String) source.get("url"),
                        (String) source.get("publishedAt"), (String) source.get("source"),
                        hit.score() == null ? 0 : hit.score(), highlights));
            }
            Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
            for (String facet : FACETS) {
                Map<String, Long> counts = new LinkedHashMap<>();
                response.aggregations().get(facet).sterms().buckets().array()
                        .forEach(b -> counts.merge(b.key().stringValue(), b.docCount(), Long::sum));
                Aggregate legacy = response.aggregations().get(facet + LEGACY);
                if (legacy != null) {
                    legacy.filter().aggregations().get("names").sterms().buckets().array()
                            .forEach(b -> counts.merge(b.key().stringValue(), b.docCount(), Long::sum));
                }
                facets.put(facet, counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(FACET_SIZE).map(e -> new SearchResult.Bucket(e.getKey(), e.getValue())).toList());
            }
            List<SearchResult.Bucket> perDay = response.aggregations().get("perDay").dateHistogram().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(b.keyAsString(), b.docCount())).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResult(total, hits, facets, perDay);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private static Query toQuery(SearchQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip();
            bool.must(m -> m.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.matchPhrase(p -> p.field("title").query(text).boost(3f)))
                    .should(s -> s.matchPhrase(p -> p.field("text").query(text)))
                    // sub-fields that exist only where the cluster has a Chinese analyzer (see IndexSetup)
                    .should(s -> s.match(p -> p.field("title.zh").query(text).boost(3f)))
                    .should(s -> s.match(p -> p.field("text.zh").query(text)))
                    .should(s -> s.match(p -> p.field("segmentedText").query(text).boost(2f)))));
        }
        term(bool, "persons", q.person());
        term(bool, "places", q.place());
        term(bool, "organizations", q.organization());
        term(bool, "source", q.source());
        term(bool, "flags", q.flag());
        if (q.from() != null || q.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("publishedAt").timeZone("+08:00");
                if (q.from() != null) {
                    d.gte(q.from().toString());
                }
                if (q.to() != null) {
                    d.lte(q.to().toString());
                }
                return d;
            })));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    /** A filter on one field; an entity name matches its surface or its canonical name ("国家计委" finds both). */
    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String canonical = CANONICAL.get(field);
        if (canonical == null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        } else {
            bool.filter(f -> f.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field(field).value(value)))
                    .should(s -> s.term(t -> t.field(canonical).value(value)))));
        }
    }
}
