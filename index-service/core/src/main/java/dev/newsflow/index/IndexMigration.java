package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.indices.add_block.IndicesBlockOptions;
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
 * on clusters without the reindex module (like the minimal local distribution).
 * <p>
 * No write is lost while it runs: index-service keeps writing through the alias (into the old index) during the
 * first copy; after the switch the old index is closed for writes, so a write that was already on its way there
 * fails with a write block, which {@link NewsWriter} retries through the alias into the new index; then a second
 * pass copies the old index again. Every copy uses the external version (the fetch time) with conflicts skipped,
 * so a document written to the new index after the switch is never overwritten by an older copy.
 */
public final class IndexMigration {
    /** Documents per scroll page of a reindex copy. Internal: it changes the copy's pace, not what is copied. */
    private static final int PAGE = 500;

    private final ElasticsearchClient client;

    public IndexMigration(ElasticsearchClient client) {
        this.client = client;
    }

    /** @param documents documents of the first copy; {@code caughtUp} those of the second pass (written during the first) */
    public record Result(String from, String to, long documents, long caughtUp) {
    }

    public Result migrate() {
        try {
            new IndexSetup(client).ensure();
            String from = client.indices().getAlias(a -> a.name(NewsIndex.ALIAS)).result().keySet().stream()
                    .max(Comparator.comparingInt(IndexMigration::version)).orElseThrow();
            String to = NewsIndex.physical(version(from) + 1);
            client.indices().create(c -> c.index(to));
            long copied = copy(from, to);
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(from).alias(NewsIndex.ALIAS)))
                    .actions(a -> a.add(ad -> ad.index(to).alias(NewsIndex.ALIAS).isWriteIndex(true))));
            // the add-block API answers only after writes already in progress on the old index have completed
            client.indices().addBlock(b -> b.index(from).block(IndicesBlockOptions.Write));
            long newer = copy(from, to);
            return new Result(from, to, copied, newer);
        } catch (IOException e) {
            throw new UncheckedIOException("index migration failed: " + e.getMessage(), e);
        }
    }

    /** Copies every document of {@code from} into {@code to} unless {@code to} has it at the same or a newer version. */
    @SuppressWarnings("rawtypes")
    private long copy(String from, String to) throws IOException {
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
            for (var item : response.items()) {
                if (item.error() == null) {
                    copied++;
                } else if (item.status() != 409) {
                    throw new IllegalStateException("copying " + item.id() + " failed: " + item.error().reason());
                }
            }
            after = hits.get(hits.size() - 1).sort();
        }
        client.indices().refresh(r -> r.index(to));
        return copied;
    }
    static int version(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    }
}
