package dev.newsflow.clean.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.newsflow.clean.dedup.SimHashStore;
import dev.newsflow.connections.ConnectionProblems;
import dev.newsflow.connections.ElasticsearchConnections;
import dev.newsflow.connections.ElasticsearchSettings;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SimHashes shared by every clean-service replica, in a small Elasticsearch index. A hash is split into four
 * 16-bit bands; two hashes within 3 bits of each other share at least one band exactly (pigeonhole), so a terms
 * query on the bands finds every candidate and the exact distance decides. Among near-duplicates the one seen
 * first (by {@code seenAt}, then id) is named in {@code duplicateOf}, whichever replica asks.
 * <p>
 * Limits: the index is searchable about a second after a write, so two near-duplicates cleaned within that second
 * by different replicas may both pass as originals. When Elasticsearch is unreachable, no duplicate is reported
 * (the document is never held back for this).
 */
public final class ElasticsearchSimHashStore implements SimHashStore, AutoCloseable {
    static final String INDEX = "newsflow-simhash";
    private static final Logger LOG = Logger.getLogger(ElasticsearchSimHashStore.class);

    private final ElasticsearchClient client;
    private final RestClient rest;
    private volatile boolean indexReady;

    private final ElasticsearchSettings settings;
    private volatile String refusal;

    public ElasticsearchSimHashStore(ElasticsearchSettings settings) {
        this.settings = settings;
        this.rest = ElasticsearchConnections.restClient(settings, Duration.ofSeconds(2), Duration.ofSeconds(5));
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    /**
     * Why Elasticsearch refuses this store (credentials, privileges or TLS trust), or null. Such a refusal is a
     * configuration error and makes the service unready; an unreachable node only pauses duplicate detection.
     */
    public String refusal() {
        return refusal;
    }

    /** Asks Elasticsearch whether the store's index exists, to learn early whether it refuses the store. */
    public String probe() {
        try {
            client.indices().exists(e -> e.index(INDEX));
            refusal = null;
        } catch (IOException | RuntimeException e) {
            failed("near-duplicate store check failed", INDEX, e);
        }
        return refusal;
    }

    private void failed(String what, String docId, Exception e) {
        String problem = ConnectionProblems.elasticsearch(e, settings);
        boolean refused = problem.contains("refused the") || problem.contains("TLS handshake");
        refusal = refused ? problem : null;
        LOG.warnf("%s for %s: %s", what, docId, refused ? problem : problem + " (" + e.getClass().getSimpleName() + ")");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<String> findNear(String docId, long simhash, int maxDistance) {
        try {
            ensureIndex();
            List<FieldValue> bands = new ArrayList<>();
            SearchResponse<Map> response = client.search(s -> s.index(INDEX).size(100)
                    .query(q -> q.bool(b -> {
                        for (int i = 0; i < 4; i++) {
                            String band = band(simhash, i);
                            String field = "b" + i;
                            b.should(sh -> sh.term(t -> t.field(field).value(band)));
                        }
                        return b.minimumShouldMatch("1").mustNot(m -> m.ids(ids -> ids.values(docId)));
                    }))
                    .sort(o -> o.field(f -> f.field("seenAt").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("docId").order(SortOrder.Asc))), Map.class);
            for (Hit<Map> hit : response.hits().hits()) {
                long other = Long.parseUnsignedLong(String.valueOf(hit.source().get("simhash")), 16);
                if (Long.bitCount(other ^ simhash) <= maxDistance) {
                    return Optional.of(hit.id());
                }
            }
            refusal = null;
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            failed("duplicate check skipped", docId, e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String docId, long simhash) {
        try {
            ensureIndex();
            Map<String, Object> entry = Map.of("docId", docId, "simhash", Long.toHexString(simhash), "seenAt", System.currentTimeMillis(),
                    "b0", band(simhash, 0), "b1", band(simhash, 1), "b2", band(simhash, 2), "b3", band(simhash, 3));
            // create only: a document keeps the time it was first seen, so "first" does not change on re-fetch
            client.index(i -> i.index(INDEX).id(docId).opType(co.elastic.clients.elasticsearch._types.OpType.Create).document(entry));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() != 409) {
                failed("could not record the SimHash", docId, e);
            }
        } catch (IOException | RuntimeException e) {
            failed("could not record the SimHash", docId, e);
        }
    }

    private void ensureIndex() throws IOException {
        if (indexReady) {
            return;
        }
        if (!client.indices().exists(e -> e.index(INDEX)).value()) {
            try {
                client.indices().create(c -> c.index(INDEX)
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(m -> m.properties("docId", p -> p.keyword(k -> k)).properties("simhash", p -> p.keyword(k -> k))
                                .properties("seenAt", p -> p.long_(l -> l))
                                .properties("b0", p -> p.keyword(k -> k)).properties("b1", p -> p.keyword(k -> k))
                                .properties("b2", p -> p.keyword(k -> k)).properties("b3", p -> p.keyword(k -> k))));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException raced) {
                if (!"resource_already_exists_exception".equals(raced.error().type())) {
                    throw raced;
                }
            }
        }
        indexReady = true;
    }

    static String band(long simhash, int index) {
        return Integer.toHexString((int) ((simhash >>> (16 * index)) & 0xFFFF));
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
