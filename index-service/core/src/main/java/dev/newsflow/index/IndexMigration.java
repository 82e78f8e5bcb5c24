package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Moves the alias to a new index version: creates {@code news-v(n+1)} from the current template, copies every
 * document with its external version, then switches the alias in one atomic step. Run it after changing the
 * template. The copy pages through the old index with {@code search_after} and bulk-writes the pages, so it works
 * on clusters without the reindex module (like the minimal local distribution). Documents written through the
 * alias during the copy land in the old index; copy them by replaying the topic, or stop index-service meanwhile.
 */
public final class IndexMigration {
    private static final int PAGE = 500;

    private final ElasticsearchClient client;

    public IndexMigration(ElasticsearchClient client) {
        this.client = client;
    }

    public record Result(String from, String to, long documents) {
    }

    @SuppressWarnings("rawtypes")
    public Result migrate() {
        try {
            new IndexSetup(client).ensure();
            String from = client.indices().getAlias(a -> a.name(NewsIndex.ALIAS)).result().keySet().stream()
                    .max(Comparator.comparingInt(IndexMigration::version)).orElseThrow();
            String to = NewsIndex.physical(version(from) + 1);
            client.indices().create(c -> c.index(to));
            client.indices().refresh(r -> r.index(from));
            long copied = 0;
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> cursor = after;
                SearchResponse<Map> page = client.search(s -> {
                    s.index(from).size(PAGE).version(true).sort(o -> o.field(f -> f.field("docId").order(SortOrder.Asc)));
                    if (cursor != null) {
                        s.searchAfter(cursor);
                    }
                    return s;
                }, Map.class);
                List<Hit<Map>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(to);
                for (Hit<Map> hit : hits) {
                    bulk.operations(op -> op.index(i -> i.id(hit.id()).version(hit.version()).versionType(VersionType.External).document(hit.source())));
                }
                BulkResponse response = client.bulk(bulk.build());
                if (response.errors()) {
                    response.items().stream().filter(i -> i.error() != null && i.status() != 409).findFirst().ifPresent(i -> {
                        throw new IllegalStateException("copying " + i.id() + " failed: " + i.error().reason());
                    });
                }
                copied += hits.size();
                after = hits.get(hits.size() - 1).sort();
            }
            client.indices().refresh(r -> r.index(to));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(from).alias(NewsIndex.ALIAS)))
                    .actions(a -> a.add(ad -> ad.index(to).alias(NewsIndex.ALIAS).isWriteIndex(true))));
            return new Result(from, to, copied);
        } catch (IOException e) {
            throw new UncheckedIOException("index migration failed: " + e.getMessage(), e);
        }
    }

    static int version(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    }
}
