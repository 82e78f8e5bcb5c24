package dev.newsflow.clean.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.newsflow.clean.dedup.InMemorySimHashStore;
import dev.newsflow.clean.dedup.SimHashStore;
import dev.newsflow.connections.ConnectionProblems;
import dev.newsflow.connections.ElasticsearchConnections;
import dev.newsflow.connections.ElasticsearchSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

/**
 * SimHashes shared by every clean-service replica, in an Elasticsearch index. Each hash is stored with its ten
 * {@link SimHashKeys} (exact-match keyword terms); a lookup is a terms query on them, so its cost is a few
 * dictionary seeks whatever the number of stored hashes, and almost every hit is a true near-duplicate. Among
 * near-duplicates the one seen first (by {@code seenAt}, then id) is named in {@code duplicateOf}, whichever replica
 * asks.
 * <p>
 * Batching: lookups and writes from all worker threads go through one dispatcher thread. Each round sends the
 * lookups that queued meanwhile (up to {@value #MAX_BATCH}) as one search request and the writes as one
 * {@code _bulk} request, so under load a request serves many documents; an idle service still answers a lookup in
 * one round trip. Documents of this replica not yet searchable (refresh interval, pending writes) are matched from a
 * small in-process memory of the last {@value #RECENT} hashes, which also catches copies within one batch.
 * <p>
 * Limits: a near-duplicate cleaned by another replica within about a second (before the index refresh) may pass as
 * an original. When Elasticsearch is unreachable or slow, no duplicate is reported (the document is never held back
 * longer than {@value #LOOKUP_TIMEOUT_MS} ms for this).
 */
public final class ElasticsearchSimHashStore implements SimHashStore, AutoCloseable {
    /** Versioned: v1 (four 16-bit bands) is not read any more; its hashes are forgotten. */
    static final String INDEX = "newsflow-simhash-v2";
    static final int MAX_BATCH = 256;
    static final int RECENT = 20_000;
    static final long LOOKUP_TIMEOUT_MS = 5_000;
    /** Hits one batched lookup asks for; when a batch reaches it, unanswered lookups are asked again one by one. */
    private static final int HITS_PER_LOOKUP = 16;
    private static final Logger LOG = Logger.getLogger(ElasticsearchSimHashStore.class);

    private record Lookup(String docId, long simhash, int maxDistance, CompletableFuture<Optional<String>> answer) {
    }

    private record Entry(String docId, long simhash, long seenAt) {
    }

    private final ElasticsearchClient client;
    private final RestClient rest;
    private final BlockingQueue<Object> work = new LinkedBlockingQueue<>();
    private final InMemorySimHashStore recent = new InMemorySimHashStore(RECENT);
    private final Thread dispatcher;
    private volatile boolean closed;
    private volatile boolean indexReady;

    private final ElasticsearchSettings settings;
    private volatile String refusal;

    public ElasticsearchSimHashStore(ElasticsearchSettings settings) {
        this.settings = settings;
        this.rest = ElasticsearchConnections.restClient(settings, Duration.ofSeconds(2), Duration.ofSeconds(5));
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        this.dispatcher = new Thread(this::dispatch, "simhash-store");
        dispatcher.setDaemon(true);
        dispatcher.start();
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
    public Optional<String> findNear(String docId, long simhash, int maxDistance) {
        if (maxDistance > SimHashKeys.MAX_DISTANCE) {
            throw new IllegalArgumentException("the keys find hashes within " + SimHashKeys.MAX_DISTANCE + " bits, not " + maxDistance);
        }
        Lookup lookup = new Lookup(docId, simhash, maxDistance, new CompletableFuture<>());
        work.add(lookup);
        try {
            return lookup.answer().get(LOOKUP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.warnf("duplicate check skipped for %s: %s", docId, e.getMessage());
            return Optional.empty();
        }
    }

    /** Queued; written with the next round's {@code _bulk} (create only: a document keeps its first-seen time). */
    @Override
    public void put(String docId, long simhash) {
        work.add(new Entry(docId, simhash, System.currentTimeMillis()));
    }

    private void dispatch() {
        List<Lookup> lookups = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        while (!closed || !work.isEmpty()) {
            try {
                Object first = work.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Object> round = new ArrayList<>();
                round.add(first);
                work.drainTo(round, 4 * MAX_BATCH);
                for (Object item : round) {
                    if (item instanceof Lookup lookup) {
                        lookups.add(lookup);
                        if (lookups.size() == MAX_BATCH) {
                            answer(lookups);
                        }
                    } else {
                        entries.add((Entry) item);
                    }
                }
                answer(lookups);
                write(entries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("SimHash store round failed: %s", e.getMessage());
                lookups.forEach(l -> l.answer().complete(Optional.empty()));
                lookups.clear();
                entries.clear();
            }
        }
    }

    /** One search for the whole batch, then each lookup takes its earliest near hit, else a near hash of this replica. */
    private void answer(List<Lookup> lookups) {
        if (lookups.isEmpty()) {
            return;
        }
        List<Hit<Map>> hits;
        boolean complete;
        try {
            ensureIndex();
            int size = Math.min(10_000, HITS_PER_LOOKUP * lookups.size());
            hits = search(lookups, size);
            complete = hits.size() < size;
            refusal = null;
        } catch (IOException | RuntimeException e) {
            failed("duplicate check skipped", lookups.size() + " documents", e);
            hits = List.of();
            complete = true;
        }
        for (Lookup lookup : lookups) {
            Optional<String> near = nearest(lookup, hits);
            if (near.isEmpty() && !complete) {
                near = askAlone(lookup);
            }
            if (near.isEmpty()) {
                near = recent.findNear(lookup.docId(), lookup.simhash(), lookup.maxDistance());
            }
            recent.put(lookup.docId(), lookup.simhash());
            lookup.answer().complete(near);
        }
        lookups.clear();
    }

    private Optional<String> askAlone(Lookup lookup) {
        try {
            return nearest(lookup, search(List.of(lookup), 100));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("rawtypes")
    private List<Hit<Map>> search(List<Lookup> lookups, int size) throws IOException {
        List<FieldValue> keys = new ArrayList<>(lookups.size() * SimHashKeys.COUNT);
        for (Lookup lookup : lookups) {
            for (String key : SimHashKeys.of(lookup.simhash())) {
                keys.add(FieldValue.of(key));
            }
        }
        SearchResponse<Map> response = client.search(s -> s.index(INDEX).size(size).trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes("simhash")))
                .query(q -> q.constantScore(c -> c.filter(f -> f.terms(t -> t.field("k").terms(v -> v.value(keys))))))
                .sort(o -> o.field(f -> f.field("seenAt").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("docId").order(SortOrder.Asc))), Map.class);
        return response.hits().hits();
    }

    /** Hits come oldest first: the first one near enough is the first-seen near-duplicate. */
    @SuppressWarnings("rawtypes")
    private static Optional<String> nearest(Lookup lookup, List<Hit<Map>> hits) {
        for (Hit<Map> hit : hits) {
            if (hit.id().equals(lookup.docId()) || hit.source() == null) {
                continue;
            }
            long other = Long.parseUnsignedLong(String.valueOf(hit.source().get("simhash")), 16);
            if (Long.bitCount(other ^ lookup.simhash()) <= lookup.maxDistance()) {
                return Optional.of(hit.id());
            }
        }
        return Optional.empty();
    }

    private void write(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            ensureIndex();
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Entry entry : entries) {
                Map<String, Object> doc = document(entry.docId(), entry.simhash(), entry.seenAt());
                bulk.operations(op -> op.create(c -> c.index(INDEX).id(entry.docId()).document(doc)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null && item.status() != 409) {
                        LOG.warnf("could not record the SimHash of %s: %s", item.id(), item.error().reason());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            failed("could not record the SimHash", entries.size() + " documents", e);
        } finally {
            entries.clear();
        }
    }

    /** The stored form of a hash (also what the benchmark loads in bulk). */
    static Map<String, Object> document(String docId, long simhash, long seenAt) {
        return Map.of("docId", docId, "simhash", Long.toHexString(simhash), "seenAt", seenAt, "k", SimHashKeys.of(simhash));
    }

    void ensureIndex() throws IOException {
        if (indexReady) {
            return;
        }
        if (!client.indices().exists(e -> e.index(INDEX)).value()) {
            try {
                // only "k" is searched; the rest is read from doc values (sort) or the source
                client.indices().create(c -> c.index(INDEX)
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False)
                                .properties("k", p -> p.keyword(k -> k.docValues(false).norms(false)))
                                .properties("docId", p -> p.keyword(k -> k.index(false)))
                                .properties("simhash", p -> p.keyword(k -> k.index(false).docValues(false)))
                                .properties("seenAt", p -> p.long_(l -> l.index(false)))));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException raced) {
                if (!"resource_already_exists_exception".equals(raced.error().type())) {
                    throw raced;
                }
            }
        }
        indexReady = true;
    }

    /** Writes what is queued, then stops the dispatcher. */
    @Override
    public void close() throws IOException {
        closed = true;
        try {
            dispatcher.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rest.close();
    }
}
