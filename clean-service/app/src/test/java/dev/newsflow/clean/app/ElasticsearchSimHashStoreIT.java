package dev.newsflow.clean.app;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.local.TestPlatform;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
            assertNull(original.duplicateOf);
            Thread.sleep(1500); // the shared index is searchable about a second after a write

            CleanDocument copy = replicaB.clean(text("copy-" + run, page + "\n(来源:转载)"));
            assertEquals("orig-" + run, copy.duplicateOf, "the other replica names the first-seen document");
            assertTrue(copy.flags.contains("near_duplicate"), copy.flags.toString());

            CleanDocument other = replicaB.clean(text("other-" + run, Files.readString(seed("003_890bb6c2d9a226d6.txt"))));
            assertNull(other.duplicateOf, "a different article is no duplicate");
        }
    }

    @Test
    void anUnreachableStoreReportsNoDuplicateAndLosesNothing() {
        try (ElasticsearchSimHashStore down = new ElasticsearchSimHashStore(dev.newsflow.connections.ElasticsearchSettings.unsecured("http://127.0.0.1:9"))) {
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
