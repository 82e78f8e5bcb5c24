package dev.newsflow.clean.app;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.clean.dedup.PendingCheck;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.testplatform.TestPlatform;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Two clean-service replicas sharing near-duplicate detection through a real Elasticsearch node. */
class ElasticsearchSimHashStoreIT {

    @Test
    void aReplicaRecognisesANearDuplicateCleanedByAnother() throws Exception {
        var url = TestPlatform.elasticsearchOnly().config().elasticsearch();
        String run = Long.toString(System.nanoTime(), 36);
        String page = Files.readString(seed("000_a3ac9358073b0112.txt"));
        try (ElasticsearchSimHashStore storeA = new ElasticsearchSimHashStore(url);
             ElasticsearchSimHashStore storeB = new ElasticsearchSimHashStore(url)) {
            Cleaner replicaA = Cleaner.withDuplicateDetector(new DuplicateDetector(storeA, DuplicateDetector.DEFAULT_MAX_DISTANCE));
            Cleaner replicaB = Cleaner.withDuplicateDetector(new DuplicateDetector(storeB, DuplicateDetector.DEFAULT_MAX_DISTANCE));

            CleanDocument original = replicaA.clean(text("orig-" + run, page));
            // the platform folder outlives runs: an earlier run's copy of this seed is the first-seen one then
            String first = original.duplicateOf == null ? "orig-" + run : original.duplicateOf;
            Thread.sleep(2000); // the shared index is searchable about a second after a write

            CleanDocument copy = replicaB.clean(text("copy-" + run, page + "\n(来源:转载)"));
            assertEquals(first, copy.duplicateOf, "the other replica names the first-seen document");
            assertTrue(copy.flags.contains("near_duplicate"), copy.flags.toString());

            CleanDocument other = replicaB.clean(text("other-" + run, Files.readString(seed("003_890bb6c2d9a226d6.txt"))));
            // (an earlier run's copy of that seed may be named: the platform folder outlives runs)
            assertTrue(other.duplicateOf == null || other.duplicateOf.startsWith("other-"), "a different article is no duplicate of these: " + other.duplicateOf);
        }
    }

    @Test
    void concurrentLookupsAreAnsweredTogetherAndCopiesOfThisReplicaAreFoundAtOnce() throws Exception {
        var url = TestPlatform.elasticsearchOnly().config().elasticsearch();
        String run = Long.toString(System.nanoTime(), 36);
        Random random = new Random(run.hashCode());
        try (ElasticsearchSimHashStore store = new ElasticsearchSimHashStore(url)) {
            DuplicateDetector detector = new DuplicateDetector(store, DuplicateDetector.DEFAULT_MAX_DISTANCE);
            int n = 300;
            long[] hashes = new long[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = random.nextLong();
            }
            ExecutorService workers = Executors.newFixedThreadPool(32);
            List<Future<Optional<String>>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int doc = i;
                answers.add(workers.submit(() -> detector.check(run + "-" + doc, hashes[doc], 1_000)));
            }
            for (Future<Optional<String>> answer : answers) {
                assertEquals(Optional.empty(), answer.get(30, TimeUnit.SECONDS), "unrelated hashes are no duplicates");
            }
            workers.shutdown();
            // not yet searchable in Elasticsearch, but remembered by this replica: a 3-bit variant is found at once
            long variant = hashes[7] ^ 1L ^ (1L << 30) ^ (1L << 60);
            assertEquals(Optional.of(run + "-7"), detector.check(run + "-copy", variant, 1_000));

            Thread.sleep(2000);
            try (ElasticsearchSimHashStore other = new ElasticsearchSimHashStore(url)) {
                assertEquals(Optional.of(run + "-42"), other.findNear(run + "-copy2", hashes[42] ^ (1L << 13), 3),
                        "another replica finds it in the shared index");
                assertEquals(Optional.empty(), other.findNear(run + "-far", hashes[42] ^ 0xFL, 3), "4 bits away is not near");
            }
        }
    }

    /** One worker's poll batch: every lookup asked before any is waited for goes out in a round or two, not one each. */
    @Test
    void lookupsAskedBeforeAnyIsAwaitedShareARoundAndCopiesInTheBatchAreFound() throws Exception {
        var url = TestPlatform.elasticsearchOnly().config().elasticsearch();
        String run = Long.toString(System.nanoTime(), 36);
        Random random = new Random(run.hashCode());
        try (ElasticsearchSimHashStore store = new ElasticsearchSimHashStore(url)) {
            store.ensureIndex();
            int n = 20;
            long[] hashes = new long[n];
            List<PendingCheck> originals = new ArrayList<>();
            List<PendingCheck> copies = new ArrayList<>();
            long before = store.searchesSent();
            for (int i = 0; i < n; i++) {
                hashes[i] = random.nextLong();
                originals.add(store.checkLater(run + "-" + i, hashes[i], 3));
            }
            for (int i = 0; i < n; i++) {
                copies.add(store.checkLater(run + "-copy-" + i, hashes[i] ^ (1L << i) ^ (1L << 40), 3));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(Optional.empty(), originals.get(i).await(), "unrelated hashes are no duplicates");
                assertEquals(Optional.of(run + "-" + i), copies.get(i).await(), "a copy later in the batch names its original");
            }
            long sent = store.searchesSent() - before;
            assertTrue(sent >= 1 && sent <= 3, n * 2 + " lookups took " + sent + " searches");
        }
    }

    /**
     * Guarantee: lookups that trickle in (a moderate load, one every 30 ms) share rounds, at most one round per
     * {@link ElasticsearchSimHashStore#ROUND_SPACING_NANOS}; without the spacing each would be a search of its own,
     * and Elasticsearch's cost is per request.
     */
    @Test
    void lookupsTricklingInShareRounds() throws Exception {
        var url = TestPlatform.elasticsearchOnly().config().elasticsearch();
        String run = Long.toString(System.nanoTime(), 36);
        Random random = new Random(run.hashCode());
        try (ElasticsearchSimHashStore store = new ElasticsearchSimHashStore(url)) {
            store.ensureIndex();
            store.check(run + "-first", random.nextLong(), 3); // connection and index, not counted
            int n = 40;
            List<PendingCheck> pending = new ArrayList<>();
            long before = store.searchesSent();
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pending.add(store.checkLater(run + "-" + i, random.nextLong(), 3));
                Thread.sleep(30);
            }
            for (PendingCheck check : pending) {
                assertEquals(Optional.empty(), check.await(), "unrelated hashes are no duplicates");
            }
            long sent = store.searchesSent() - before;
            long rounds = (System.nanoTime() - started) / ElasticsearchSimHashStore.ROUND_SPACING_NANOS + 1;
            assertTrue(sent <= rounds && sent <= n / 2, n + " lookups over " + (System.nanoTime() - started) / 1_000_000 + " ms took " + sent + " searches");
        }
    }

    /**
     * Guarantee: a redelivered page gets the verdict it got the first time, on any replica, after its copies were
     * stored too: the original is no copy of its own later copy, a copy is no copy of itself.
     */
    @Test
    void aRedeliveryOnAnyReplicaGetsTheFirstVerdict() throws Exception {
        var url = TestPlatform.elasticsearchOnly().config().elasticsearch();
        String run = Long.toString(System.nanoTime(), 36);
        long h = new Random(run.hashCode()).nextLong();
        try (ElasticsearchSimHashStore storeA = new ElasticsearchSimHashStore(url);
             ElasticsearchSimHashStore storeB = new ElasticsearchSimHashStore(url)) {
            assertEquals(Optional.empty(), storeA.check("orig-" + run, h, 3));
            Thread.sleep(2000);
            assertEquals(Optional.of("orig-" + run), storeB.check("copy-" + run, h ^ 0b101, 3));
            Thread.sleep(2000);
            for (ElasticsearchSimHashStore replica : List.of(storeB, storeA)) {
                assertEquals(Optional.empty(), replica.check("orig-" + run, h, 3), "the original stays an original");
                assertEquals(Optional.of("orig-" + run), replica.check("copy-" + run, h ^ 0b101, 3), "the copy names the original again");
            }
            try (ElasticsearchSimHashStore restarted = new ElasticsearchSimHashStore(url)) {
                assertEquals(Optional.empty(), restarted.check("orig-" + run, h, 3), "a restarted replica (empty memory) agrees");
                assertEquals(Optional.of("orig-" + run), restarted.check("copy-" + run, h ^ 0b101, 3));
            }
        }
    }

    @Test
    void anUnreachableStoreReportsNoDuplicateAfterItsWaitAndLosesNothing() {
        try (ElasticsearchSimHashStore down = new ElasticsearchSimHashStore(dev.newsflow.connections.ElasticsearchSettings.unsecured("http://127.0.0.1:9"),
                java.time.Duration.ofSeconds(2))) {
            CleanDocument doc = Cleaner.withDuplicateDetector(new DuplicateDetector(down, 3))
                    .clean(text("lonely", "省委书记主持召开会议,研究部署疫情防控工作。会议强调,要坚决贯彻落实党中央决策部署,统筹推进疫情防控和经济社会发展工作。"));
            assertNull(doc.duplicateOf);
            assertFalse(doc.text.isBlank());
        } catch (Exception e) {
            fail(e);
        }
    }

    private static RawInput text(String docId, String body) {
        return new RawInput(docId, "http://example.com/" + docId, body.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", "UTF-8", null);
    }

    private static Path seed(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("seeds"))) {
            dir = dir.getParent();
        }
        return dir.resolve("seeds").resolve(name);
    }
}
