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
import dev.newsflow.clean.dedup.PendingCheck;
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
import java.util.concurrent.atomic.AtomicLong;
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
 * one round trip. Rounds start at most every 100 ms ({@link #ROUND_SPACING_NANOS}): below full speed a round would
 * otherwise carry one or two documents, and Elasticsearch's cost is per request, not per lookup. Documents of this
 * replica not yet searchable (refresh interval, pending writes) are matched from a small in-process memory of the
 * last {@value #RECENT} hashes, which also catches copies within one batch.
 * <p>
 * Stable verdicts (see {@link SimHashStore}): {@link #check} stamps a document's first sighting ({@code seenAt}, from
 * this replica's clock, strictly increasing) in the same round as its verdict, the write is create-only so the
 * first sighting stays, and a lookup that finds its own document among the hits (oldest first) only counts the
 * hits before it. A redelivered record is therefore judged as it was the first time, never a copy of itself or of
 * its own later copies.
 * <p>
 * Outages: while Elasticsearch is unreachable (or answers errors), lookups wait and are asked again with a doubling
 * pause (0.25 s up to 5 s) for up to {@link #STORE_WAIT} each, and writes not acknowledged are kept (up to
 * {@value #MAX_PENDING_WRITES}) and sent again, so an outage shorter than that changes no verdict. A lookup still
 * unanswered after {@link #STORE_WAIT} is answered from this replica's memory only (a duplicate may be missed).
 * A refusal (credentials, TLS) is answered at once the same way and makes the service unready.
 * <p>
 * Limits: a near-duplicate cleaned by another replica within about a second (before the index refresh) may pass as
 * an original; which of two such copies is named first then depends on the replicas' clocks.
 */
public final class ElasticsearchSimHashStore implements SimHashStore, AutoCloseable {
    /** Versioned: v1 (four 16-bit bands) is not read any more; its hashes are forgotten. */
    static final String INDEX = "newsflow-simhash-v2";
    static final int MAX_BATCH = 256;
    /**
     * Least time between the starts of two rounds (unless {@value #MAX_BATCH} items are already queued). In the load benchmark
     * paced at 80 % of capacity, Elasticsearch cost 8.1 CPU ms/doc against 4.7 at full speed, rounds then carrying one
     * or two lookups each; a clean document waits at most this much longer.
     */
    static final long ROUND_SPACING_NANOS = 100_000_000L;
    static final int RECENT = 20_000;
    /** How long a lookup waits for an unreachable store before it is answered without it. */
    static final Duration STORE_WAIT = Duration.ofMinutes(3);
    /** Unacknowledged hash writes kept for the next round while the store is unreachable; beyond it the oldest go. */
    static final int MAX_PENDING_WRITES = 50_000;
    private static final long MAX_PAUSE_MS = 5_000;
    /** Hits one batched lookup asks for; when a batch reaches it, unanswered lookups are asked again one by one. */
    private static final int HITS_PER_LOOKUP = 16;
    private static final Logger LOG = Logger.getLogger(ElasticsearchSimHashStore.class);

    private record Lookup(String docId, long simhash, int maxDistance, boolean record, long deadline,
                          CompletableFuture<Optional<String>> answer) {
        boolean expired(long now) {
            return now - deadline > 0;
        }
    }

    /** A hash to record; {@code seenAt} is stamped by the dispatcher. */
    private record Put(String docId, long simhash) {
    }

    private record Entry(String docId, long simhash, long seenAt) {
    }

    /** What the stored hashes say about one lookup: a first-seen near document, or none (definitive or not). */
    private record Verdict(Optional<String> near, boolean definitive) {
    }

    private final ElasticsearchClient client;
    private final RestClient rest;
    private final BlockingQueue<Object> work = new LinkedBlockingQueue<>();
    private final InMemorySimHashStore recent = new InMemorySimHashStore(RECENT);
    private final Thread dispatcher;
    private volatile boolean closed;
    /** Search requests sent: how well lookups are batched (tests). */
    private final AtomicLong searches = new AtomicLong();
    private volatile boolean indexReady;

    private final ElasticsearchSettings settings;
    private final Duration storeWait;
    private volatile String refusal;
    /** Dispatcher thread only: the last seenAt stamped, the start of the current outage (0: none). */
    private long lastSeenAt;
    private long unavailableSince;

    public ElasticsearchSimHashStore(ElasticsearchSettings settings) {
        this(settings, STORE_WAIT);
    }

    /** With a shorter wait for an unreachable store (tests). */
    ElasticsearchSimHashStore(ElasticsearchSettings settings, Duration storeWait) {
        this.settings = settings;
        this.storeWait = storeWait;
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
        return ask(docId, simhash, maxDistance, false);
    }

    /** The verdict and the first sighting in one dispatcher round, so that this replica's order is the verdicts' order. */
    @Override
    public Optional<String> check(String docId, long simhash, int maxDistance) {
        return ask(docId, simhash, maxDistance, true);
    }

    /** Queued at once, waited for by the caller: lookups queued before any is waited for go out in one round. */
    @Override
    public PendingCheck checkLater(String docId, long simhash, int maxDistance) {
        Lookup lookup = queue(docId, simhash, maxDistance, true);
        return lookup == null ? PendingCheck.NONE : () -> await(lookup);
    }

    private Optional<String> ask(String docId, long simhash, int maxDistance, boolean record) {
        Lookup lookup = queue(docId, simhash, maxDistance, record);
        return lookup == null ? Optional.empty() : await(lookup);
    }

    /** The lookup, queued for the dispatcher's next round; null when the dispatcher has ended. */
    private Lookup queue(String docId, long simhash, int maxDistance, boolean record) {
        if (maxDistance > SimHashKeys.MAX_DISTANCE) {
            throw new IllegalArgumentException("the keys find hashes within " + SimHashKeys.MAX_DISTANCE + " bits, not " + maxDistance);
        }
        if (!dispatcher.isAlive()) {
            LOG.warnf("duplicate check skipped for %s: the near-duplicate store's thread has ended", docId);
            return null;
        }
        Lookup lookup = new Lookup(docId, simhash, maxDistance, record, System.nanoTime() + storeWait.toNanos(), new CompletableFuture<>());
        work.add(lookup);
        return lookup;
    }

    private Optional<String> await(Lookup lookup) {
        String docId = lookup.docId();
        try {
            long until = System.nanoTime() + storeWait.toNanos() + 30_000_000_000L;
            // in slices, so that a dispatcher that died (an Error such as OutOfMemoryError) does not hold the record
            while (true) {
                try {
                    return lookup.answer().get(1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException notYet) {
                    if (!dispatcher.isAlive() || System.nanoTime() - until > 0) {
                        throw notYet;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.warnf("duplicate check skipped for %s: %s", docId, e.getMessage());
            return Optional.empty();
        }
    }

    long searchesSent() {
        return searches.get();
    }

    /** Queued; written with the next round's {@code _bulk} (create only: a document keeps its first-seen time). */
    @Override
    public void put(String docId, long simhash) {
        work.add(new Put(docId, simhash));
    }

    private void record(String docId, long simhash, List<Entry> entries) {
        recent.put(docId, simhash);
        lastSeenAt = Math.max(System.currentTimeMillis(), lastSeenAt + 1);
        entries.add(new Entry(docId, simhash, lastSeenAt));
    }

    private void dispatch() {
        List<Lookup> lookups = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        long roundStarted = System.nanoTime() - ROUND_SPACING_NANOS;
        while (!closed || !work.isEmpty()) {
            try {
                Object first = work.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    write(entries); // writes kept during an outage
                    continue;
                }
                long spaced = roundStarted + ROUND_SPACING_NANOS - System.nanoTime();
                if (spaced > 0 && work.size() < MAX_BATCH && !closed) {
                    TimeUnit.NANOSECONDS.sleep(spaced); // gathers the lookups of the next moments into this round
                }
                roundStarted = System.nanoTime();
                List<Object> round = new ArrayList<>();
                round.add(first);
                work.drainTo(round, 4 * MAX_BATCH);
                for (Object item : round) {
                    if (item instanceof Lookup lookup) {
                        lookups.add(lookup);
                        if (lookups.size() == MAX_BATCH) {
                            answer(lookups, entries);
                        }
                    } else {
                        answer(lookups, entries); // keep the order of lookups and puts
                        Put put = (Put) item;
                        record(put.docId(), put.simhash(), entries);
                    }
                }
                answer(lookups, entries);
                write(entries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("SimHash store round failed: %s", e.getMessage());
                lookups.forEach(l -> l.answer().complete(Optional.empty()));
                lookups.clear();
            }
        }
    }

    /**
     * One search for the whole batch, then each lookup takes its earliest near hit before its own first sighting,
     * else (never stored yet) a near hash of this replica. While the store fails, the batch waits and asks again;
     * a lookup past its wait is answered from this replica's memory alone.
     */
    private void answer(List<Lookup> lookups, List<Entry> entries) throws InterruptedException {
        if (lookups.isEmpty()) {
            return;
        }
        long pause = 250;
        List<Hit<Map>> hits = null;
        boolean complete = true;
        while (hits == null) {
            try {
                ensureIndex();
                int size = Math.min(10_000, HITS_PER_LOOKUP * lookups.size());
                hits = search(lookups, size);
                complete = hits.size() < size;
                refusal = null;
                available();
            } catch (IOException | RuntimeException e) {
                unavailable("duplicate check waits", lookups.size() + " documents", e);
                long now = System.nanoTime();
                for (var it = lookups.iterator(); it.hasNext(); ) {
                    Lookup lookup = it.next();
                    if (refusal != null || lookup.expired(now)) {
                        it.remove();
                        conclude(lookup, recent(lookup), entries);
                    }
                }
                if (lookups.isEmpty()) {
                    return;
                }
                write(entries);
                Thread.sleep(pause);
                pause = Math.min(2 * pause, MAX_PAUSE_MS);
            }
        }
        for (Lookup lookup : lookups) {
            Verdict verdict = nearest(lookup, hits);
            if (!verdict.definitive() && !complete) {
                verdict = askAlone(lookup);
            }
            conclude(lookup, verdict.definitive() ? verdict.near() : recent(lookup), entries);
        }
        lookups.clear();
    }

    private Optional<String> recent(Lookup lookup) {
        return recent.findNear(lookup.docId(), lookup.simhash(), lookup.maxDistance());
    }

    private void conclude(Lookup lookup, Optional<String> near, List<Entry> entries) {
        if (lookup.record()) {
            record(lookup.docId(), lookup.simhash(), entries);
        }
        lookup.answer().complete(near);
    }

    private Verdict askAlone(Lookup lookup) {
        try {
            return nearest(lookup, search(List.of(lookup), 100));
        } catch (IOException | RuntimeException e) {
            return new Verdict(Optional.empty(), false);
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
        searches.incrementAndGet();
        SearchResponse<Map> response = client.search(s -> s.index(INDEX).size(size).trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes("simhash")))
                .query(q -> q.constantScore(c -> c.filter(f -> f.terms(t -> t.field("k").terms(v -> v.value(keys))))))
                .sort(o -> o.field(f -> f.field("seenAt").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("docId").order(SortOrder.Asc))), Map.class);
        return response.hits().hits();
    }

    /**
     * Hits come oldest first: the first one near enough is the first-seen near-duplicate; reaching the document's
     * own stored hash first means nothing near was seen before it (definitive: it is an original). Without either,
     * the answer is definitive only if something was found.
     */
    @SuppressWarnings("rawtypes")
    private static Verdict nearest(Lookup lookup, List<Hit<Map>> hits) {
        for (Hit<Map> hit : hits) {
            if (hit.id().equals(lookup.docId())) {
                return new Verdict(Optional.empty(), true);
            }
            if (hit.source() == null) {
                continue;
            }
            long other = Long.parseUnsignedLong(String.valueOf(hit.source().get("simhash")), 16);
            if (Long.bitCount(other ^ lookup.simhash()) <= lookup.maxDistance()) {
                return new Verdict(Optional.of(hit.id()), true);
            }
        }
        return new Verdict(Optional.empty(), false);
    }

    private void unavailable(String what, String docId, Exception e) {
        if (unavailableSince == 0) {
            unavailableSince = System.nanoTime();
            failed(what, docId, e);
        } else if (refusal == null) {
            String problem = ConnectionProblems.elasticsearch(e, settings);
            refusal = problem.contains("refused the") || problem.contains("TLS handshake") ? problem : null;
        }
    }

    private void available() {
        if (unavailableSince != 0) {
            LOG.infof("near-duplicate store reachable again after %d s", (System.nanoTime() - unavailableSince) / 1_000_000_000L);
            unavailableSince = 0;
        }
    }

    private void write(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Entry> again = new ArrayList<>();
        try {
            ensureIndex();
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Entry entry : entries) {
                Map<String, Object> doc = document(entry.docId(), entry.simhash(), entry.seenAt());
                bulk.operations(op -> op.create(c -> c.index(INDEX).id(entry.docId()).document(doc)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                List<BulkResponseItem> items = response.items();
                for (int i = 0; i < items.size(); i++) {
                    BulkResponseItem item = items.get(i);
                    if (item.error() == null || item.status() == 409) {
                        continue;
                    }
                    if (item.status() == 429 || item.status() >= 500) {
                        again.add(entries.get(i));
                    } else {
                        LOG.warnf("could not record the SimHash of %s: %s", item.id(), item.error().reason());
                    }
                }
            }
            available();
        } catch (IOException | RuntimeException e) {
            unavailable("could not record the SimHash, kept for the next round", entries.size() + " documents", e);
            if (refusal == null) {
                again.addAll(entries);
            }
        }
        entries.clear();
        int dropped = Math.max(0, again.size() - MAX_PENDING_WRITES);
        if (dropped > 0) {
            LOG.warnf("near-duplicate store unreachable: the SimHashes of %d documents are forgotten", dropped);
        }
        entries.addAll(again.subList(dropped, again.size()));
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
