package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.newsflow.contracts.EnrichedDocument;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes enriched documents through a {@link BulkIngester} (flushed by count, bytes and time).
 * {@code _id} = document id and the external version is the fetch time, so replays leave the index unchanged and
 * stale updates are ignored. Each write's stage completes only when Elasticsearch answered for good: written,
 * stale, or rejected (mapping errors and the like). Temporary failures (Elasticsearch down, 429, 5xx) are retried
 * with a doubling pause, for as long as it takes; meanwhile {@link #write} blocks once {@code maxInFlight}
 * documents are waiting, which holds back whoever feeds it.
 */
public final class NewsWriter implements AutoCloseable {
    static final int MAX_REASON_CHARS = 300;

    private final DocumentMapper mapper = new DocumentMapper();
    private final WriterSettings settings;
    private final Semaphore inFlight;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "news-writer-retry");
        t.setDaemon(true);
        return t;
    });
    private final BulkIngester<Pending> ingester;
    private final AtomicLong retried = new AtomicLong();

    public NewsWriter(ElasticsearchClient client, WriterSettings settings) {
        this.settings = settings;
        this.inFlight = new Semaphore(settings.maxInFlight());
        this.ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(settings.maxOperations())
                .maxSize(settings.maxBytes())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .maxConcurrentRequests(2)
                .globalSettings(g -> g.index(NewsIndex.ALIAS))
                .listener(new Listener()));
    }

    public NewsWriter(ElasticsearchClient client) {
        this(client, WriterSettings.defaults());
    }

    /** Queues the document; blocks while {@code maxInFlight} documents are unanswered. */
    public CompletionStage<IndexResult> write(EnrichedDocument doc) throws InterruptedException {
        return write(mapper.fromDocument(doc));
    }

    /** Queues the document; blocks while {@code maxInFlight} documents are unanswered. */
    public CompletionStage<IndexResult> write(IndexableDocument doc) throws InterruptedException {
        inFlight.acquire();
        Pending pending = new Pending(doc.docId(), operation(doc), new CompletableFuture<>());
        pending.result.whenComplete((r, e) -> inFlight.release());
        ingester.add(pending.operation, pending);
        return pending.result;
    }

    /** Writes all and waits for every answer; for tools and tests. */
    public List<IndexResult> writeAll(List<EnrichedDocument> docs) throws InterruptedException {
        List<CompletableFuture<IndexResult>> results = new java.util.ArrayList<>();
        for (EnrichedDocument doc : docs) {
            results.add(write(doc).toCompletableFuture());
        }
        ingester.flush();
        return results.stream().map(CompletableFuture::join).toList();
    }

    /** Documents retried so far because Elasticsearch could not take them. */
    public long retriedCount() {
        return retried.get();
    }

    public int waiting() {
        return settings.maxInFlight() - inFlight.availablePermits();
    }

    private static BulkOperation operation(IndexableDocument doc) {
        BinaryData source = BinaryData.of(doc.source(), ContentType.APPLICATION_JSON);
        return BulkOperation.of(op -> op.index(i -> i.id(doc.docId()).version(doc.version()).versionType(VersionType.ExternalGte).document(source)));
    }

    private void retryLater(Pending pending) {
        retried.incrementAndGet();
        pending.attempts++;
        long pause = pauseAfter(settings, pending.attempts).toMillis();
        retries.schedule(() -> ingester.add(pending.operation, pending), pause, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ingester.close();
        retries.shutdownNow();
    }

    private static final class Pending {
        final String docId;
        final BulkOperation operation;
        final CompletableFuture<IndexResult> result;
        int attempts;

        Pending(String docId, BulkOperation operation, CompletableFuture<IndexResult> result) {
            this.docId = docId;
            this.operation = operation;
            this.result = result;
        }
    }

    private final class Listener implements BulkListener<Pending> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                Pending pending = contexts.get(i);
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                    pending.result.complete(new IndexResult.Indexed(pending.docId));
                } else if (item.status() == 409) {
                    pending.result.complete(new IndexResult.Stale(pending.docId));
                } else if (item.status() == 429 || item.status() >= 500 || blocked(item)) {
                    retryLater(pending);
                } else {
                    pending.result.complete(new IndexResult.Rejected(pending.docId, item.status(),
                            abbreviate(item.error().type() + ": " + item.error().reason())));
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
            contexts.forEach(NewsWriter.this::retryLater);
        }
    }

    /**
     * A write block is about the index, not the document: the old index a migration just closed for writes (the
     * retry goes through the alias to the new one), or a disk over the flood-stage watermark. Wait, never reject.
     */
    static boolean blocked(BulkResponseItem item) {
        return item.error() != null && "cluster_block_exception".equals(item.error().type());
    }

    /** Elasticsearch quotes the offending value in its reason; a dead-letter header needs the gist, not the document. */
    static String abbreviate(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }

    static Duration pauseAfter(WriterSettings settings, int attempts) {
        return Duration.ofMillis(Math.min(settings.longestRetry().toMillis(), settings.firstRetry().toMillis() << Math.min(attempts - 1, 16)));
    }
}
