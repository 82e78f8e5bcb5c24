package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Mention;
import dev.newsflow.connections.ElasticsearchConnections;
import dev.newsflow.testplatform.TestPlatform;
import dev.newsflow.testplatform.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Against a real Elasticsearch node on the test platform (processes or containers, see TestPlatform). */
class NewsWriterIT {
    private static ElasticsearchClient client;
    private static TestServers platform;
    private NewsWriter writer;

    @BeforeAll
    static void startElasticsearch() {
        platform = TestPlatform.elasticsearchOnly();
        client = ElasticsearchConnections.client(platform.config().elasticsearch());
    }

    @BeforeEach
    void freshIndex() throws Exception {
        client.indices().delete(d -> d.index(NewsIndex.ALIAS + "-v*").ignoreUnavailable(true).allowNoIndices(true));
        new IndexSetup(client).ensure();
        writer = new NewsWriter(client, new WriterSettings(100, 1_000_000, java.time.Duration.ofMillis(50), 100, java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(1)));
    }

    @Test
    void templateAndAliasAreInstalled() throws Exception {
        GetAliasResponse alias = client.indices().getAlias(a -> a.name(NewsIndex.ALIAS));
        assertEquals(List.of(NewsIndex.physical(1)), List.copyOf(alias.result().keySet()));
        var mapping = client.indices().getMapping(m -> m.index(NewsIndex.ALIAS)).result().get(NewsIndex.physical(1)).mappings();
        assertEquals("whitespace", mapping.properties().get("segmentedText").text().analyzer());
        assertTrue(mapping.properties().get("persons").isKeyword());
        assertTrue(mapping.properties().get("publishedAt").isDate());
    }

    @Test
    void aFarFutureFetchTimeDoesNotPinTheDocument() throws Exception {
        // the service's clock at two moments a second apart; no skew allowed, so the cap is "now"
        java.time.Instant first = java.time.Instant.now();
        EnrichedDocument forged = doc("pinned", "2999-01-01T00:00:00Z", "伪造");
        IndexResult forgedResult = writer.write(new DocumentMapper(java.time.Clock.fixed(first, java.time.ZoneOffset.UTC), java.time.Duration.ZERO)
                .fromDocument(forged)).toCompletableFuture().get();
        assertInstanceOf(IndexResult.Indexed.class, forgedResult);
        EnrichedDocument real = doc("pinned", first.plusSeconds(1).toString(), "真实");
        IndexResult realResult = writer.write(new DocumentMapper(java.time.Clock.fixed(first.plusSeconds(2), java.time.ZoneOffset.UTC), java.time.Duration.ZERO)
                .fromDocument(real)).toCompletableFuture().get();
        assertInstanceOf(IndexResult.Indexed.class, realResult);
        refresh();
        var stored = client.get(g -> g.index(NewsIndex.ALIAS).id("pinned"), java.util.Map.class);
        assertEquals("真实", stored.source().get("title"), "the later real fetch replaced the far-future one");
    }

    @Test
    void replayingTheSameDocumentsLeavesOneCopyEach() throws Exception {
        List<EnrichedDocument> docs = List.of(doc("a", "2020-02-02T07:07:00+08:00", "标题一"), doc("b", "2020-02-03T07:07:00+08:00", "标题二"));
        assertTrue(writer.writeAll(docs).stream().allMatch(r -> r instanceof IndexResult.Indexed));
        assertTrue(writer.writeAll(docs).stream().allMatch(r -> r instanceof IndexResult.Indexed), "a replay is accepted");
        refresh();
        assertEquals(2, client.count(c -> c.index(NewsIndex.ALIAS)).count());
    }

    @Test
    void anOlderFetchNeverOverwritesANewerOne() throws Exception {
        writer.writeAll(List.of(doc("a", "2020-02-03T00:00:00+08:00", "新标题")));
        List<IndexResult> stale = writer.writeAll(List.of(doc("a", "2020-02-01T00:00:00+08:00", "旧标题")));
        assertInstanceOf(IndexResult.Stale.class, stale.get(0));
        GetResponse<Map> got = client.get(g -> g.index(NewsIndex.ALIAS).id("a"), Map.class);
        assertEquals("新标题", got.source().get("title"));
    }

    @Test
    void aDocumentElasticsearchCannotTakeIsRejectedWithItsReason() throws Exception {
        EnrichedDocument bad = doc("bad", "2020-02-03T00:00:00+08:00", "坏");
        bad.keywords = List.of("字".repeat(12_000)); // a keyword term over Lucene's 32766-byte limit
        List<IndexResult> results = writer.writeAll(List.of(doc("good", "2020-02-03T00:00:00+08:00", "好"), bad));
        assertInstanceOf(IndexResult.Indexed.class, results.get(0));
        IndexResult.Rejected rejected = assertInstanceOf(IndexResult.Rejected.class, results.get(1));
        assertEquals(400, rejected.status());
        assertTrue(rejected.reason().startsWith("document_parsing_exception"), rejected.reason());
        assertTrue(rejected.reason().contains("keywords"), "the reason names the field");
        assertTrue(rejected.reason().length() <= NewsWriter.MAX_REASON_CHARS + 1, "the reason is abbreviated");
    }

    @Test
    void searchFindsChineseTextAndCountsPersonFacets() throws Exception {
        EnrichedDocument one = doc("1", "2020-02-02T07:07:00+08:00", "楼阳生主持召开省委第四次专题会议");
        one.text = "省委书记楼阳生主持召开会议。";
        one.segmentedText = "省委 书记 楼阳生 主持 召开 会议 。";
        one.entities = List.of(person("楼阳生", "省委书记"));
        EnrichedDocument two = doc("2", "2020-02-23T07:07:00+08:00", "楼阳生主持召开省委第十五次专题会议");
        two.text = "楼阳生强调,要坚决贯彻。";
        two.entities = List.of(person("楼阳生", "省委书记"), person("林武", "省长"));
        EnrichedDocument three = doc("3", "2020-02-24T07:07:00+08:00", "全省电视电话会议在郑州召开");
        three.text = "省委书记王国生出席会议并讲话。";
        three.entities = List.of(person("王国生", "省委书记"));
        writer.writeAll(List.of(one, two, three));
        refresh();

        SearchResult result = new NewsSearch(client).search(SearchQuery.text("楼阳生"));
        assertEquals(2, result.total());
        assertTrue(result.hits().stream().noneMatch(h -> h.docId().equals("3")));
        assertTrue(result.hits().get(0).highlights().stream().anyMatch(h -> h.contains("<em>")));
        assertTrue(result.facets().get("persons").contains(new SearchResult.Bucket("楼阳生", 2)), result.facets().toString());

        SearchResult filtered = new NewsSearch(client).search(new SearchQuery(null, "林武", null, null, null, null, null, null, 10));
        assertEquals(List.of("2"), filtered.hits().stream().map(SearchResult.Hit::docId).toList());
    }

    @Test
    void organizationFacetsCountCanonicalNamesAndOldDocumentsByTheirSurface() throws Exception {
        EnrichedDocument shortName = doc("s", "2020-02-02T07:07:00+08:00", "国家计委召开会议");
        shortName.entities = List.of(org("国家计委", "国家发展计划委员会"));
        EnrichedDocument fullName = doc("f", "2020-02-03T07:07:00+08:00", "国家发展计划委员会发布通知");
        fullName.entities = List.of(org("国家发展计划委员会", null));
        writer.writeAll(List.of(shortName, fullName));
        // a document indexed before the canonical fields existed: surface names only
        client.index(i -> i.index(NewsIndex.ALIAS).id("old").document(Map.of("docId", "old", "title", "旧文档",
                "organizations", List.of("国家发展计划委员会"))));
        refresh();

        SearchResult all = new NewsSearch(client).search(new SearchQuery(null, null, null, null, null, null, null, null, 10));
        assertEquals(List.of(new SearchResult.Bucket("国家发展计划委员会", 3)), all.facets().get("organizations"), all.facets().toString());

        SearchResult byShortName = new NewsSearch(client).search(new SearchQuery(null, null, null, "国家计委", null, null, null, null, 10));
        assertEquals(List.of("s"), byShortName.hits().stream().map(SearchResult.Hit::docId).toList());
        SearchResult byCanonical = new NewsSearch(client).search(new SearchQuery(null, null, null, "国家发展计划委员会", null, null, null, null, 10));
        assertEquals(3, byCanonical.total(), "the canonical name finds the short form, the full form and the old document");
    }

    private static Entity org(String text, String canonical) {
        return new Entity(EntityType.ORGANIZATION, text, 1, List.of(new Mention(0, text.length())), null, null, null, null,
                null, null, null, canonical, null);
    }

    @Test
    void migrationMovesTheAliasToANewVersionWithEveryDocumentAndItsVersion() throws Exception {
        writer.writeAll(List.of(doc("a", "2020-02-03T00:00:00+08:00", "新"), doc("b", "2020-02-03T00:00:00+08:00", "二")));
        IndexMigration.Result result = new IndexMigration(client).migrate();
        assertEquals(NewsIndex.physical(1), result.from());
        assertEquals(NewsIndex.physical(2), result.to());
        assertEquals(2, result.documents());
        assertEquals(List.of(NewsIndex.physical(2)), List.copyOf(client.indices().getAlias(a -> a.name(NewsIndex.ALIAS)).result().keySet()));
        assertEquals(2, client.count(c -> c.index(NewsIndex.ALIAS)).count());
        assertInstanceOf(IndexResult.Stale.class, writer.writeAll(List.of(doc("a", "2020-02-01T00:00:00+08:00", "旧"))).get(0),
                "external versions survive the copy");
    }

    /** Guarantee: ./pipeline reindex loses no write that arrives while it copies. */
    @Test
    void migrationLosesNoWriteThatArrivesDuringTheCopy() throws Exception {
        List<EnrichedDocument> before = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            before.add(doc("old-" + i, "2020-02-03T00:00:00+08:00", "旧文" + i));
        }
        writer.writeAll(before);
        List<java.util.concurrent.CompletableFuture<IndexResult>> live = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean migrating = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writes = new Thread(() -> {
            int i = 0;
            try {
                while (migrating.get()) {
                    live.add(writer.write(doc("live-" + i++, "2020-02-04T00:00:00+08:00", "新文")).toCompletableFuture());
                    Thread.sleep(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writes.start();
        IndexMigration.Result result = new IndexMigration(client).migrate();
        Thread.sleep(300); // writes keep coming after the switch too
        migrating.set(false);
        writes.join();
        for (var write : live) {
            assertInstanceOf(IndexResult.Indexed.class, write.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        refresh();
        assertEquals(3000 + live.size(), client.count(c -> c.index(NewsIndex.ALIAS)).count(),
                "every document written before, during and after the copy is in the new index (" + result + ")");
        assertTrue(live.size() > 0);
    }

    @Test
    void thisClusterHasNoChineseAnalyzerSoNoZhSubFields() throws Exception {
        assertTrue(ChineseAnalyzers.detect(client).isEmpty(), "the minimal distribution has no smartcn, IK or ICU");
        var mapping = client.indices().getMapping(m -> m.index(NewsIndex.ALIAS)).result().values().iterator().next().mappings();
        assertTrue(mapping.properties().get("text").text().fields().isEmpty());
    }

    @Test
    void writesWaitOutAnOutageAndLoseNothing() throws Exception {
        List<java.util.concurrent.CompletableFuture<IndexResult>> pending = new java.util.ArrayList<>();
        platform.elasticsearch().stop();
        try {
            for (int i = 0; i < 20; i++) {
                pending.add(writer.write(doc("outage-" + i, "2020-02-03T00:00:00+08:00", "停机" + i)).toCompletableFuture());
            }
            Thread.sleep(1500);
            assertTrue(pending.stream().noneMatch(java.util.concurrent.CompletableFuture::isDone), "nothing is answered while Elasticsearch is down");
            assertTrue(writer.retriedCount() > 0, "the writer kept retrying");
        } finally {
            platform.elasticsearch().start();
        }
        for (var result : pending) {
            assertInstanceOf(IndexResult.Indexed.class, result.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        refresh();
        assertEquals(20, client.count(c -> c.index(NewsIndex.ALIAS)).count(), "each document exactly once");
    }

    @org.junit.jupiter.api.AfterEach
    void closeWriter() {
        writer.close();
    }

    private void refresh() throws Exception {
        client.indices().refresh(r -> r.index(NewsIndex.ALIAS));
    }

    private static Entity person(String name, String title) {
        return new Entity(EntityType.PERSON, name, 1, List.of(new Mention(0, name.length())), List.of(title), null, null, null, null, null, null);
    }

    private static EnrichedDocument doc(String id, String fetchedAt, String title) {
        EnrichedDocument d = new EnrichedDocument();
        d.docId = id;
        d.url = "http://example.com/" + id;
        d.title = title;
        d.text = title;
        d.fetchedAt = OffsetDateTime.parse(fetchedAt);
        d.publishedAt = OffsetDateTime.parse(fetchedAt);
        return d;
    }
}
