package dev.newsflow.index.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Mention;
import dev.newsflow.connections.ElasticsearchConnections;
import dev.newsflow.index.IndexResult;
import dev.newsflow.index.IndexSetup;
import dev.newsflow.index.NewsIndex;
import dev.newsflow.index.NewsWriter;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The analysts' page in a real headless Chromium, against the packaged index-service (its Quarkus jar as a process)
 * over a real Elasticsearch node holding a handful of indexed documents. Skipped when Chromium is not installed.
 */
class SearchPageBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FROM = "1998-02-01";
    private static final String TO = "1998-02-28";

    private static Path chromiumBinary;
    private static Process service;
    private static Path serviceLog;
    private static String baseUrl;

    private HeadlessChromium browser;

    @BeforeAll
    static void startServices() throws Exception {
        chromiumBinary = HeadlessChromium.binary().orElse(null);
        if (chromiumBinary == null) {
            // each test is then skipped (see openBrowser), which reports the reason per test
            System.err.println("SearchPageBrowserIT skipped: " + HeadlessChromium.INSTALL_HINT);
            return;
        }

        LocalPlatform platform = TestPlatform.kafkaAndElasticsearch();
        ElasticsearchClient client = ElasticsearchConnections.client(platform.config().elasticsearch());
        // the node is shared with other test JVMs (e2e): add documents, never delete the index
        new IndexSetup(client).ensure();
        List<IndexResult> results;
        try (NewsWriter writer = new NewsWriter(client)) {
            results = writer.writeAll(documents());
        }
        assertTrue(results.stream().allMatch(r -> r instanceof IndexResult.Indexed), results.toString());
        client.indices().refresh(r -> r.index(NewsIndex.ALIAS));

        Path jar = platform.config().projectRoot().resolve("index-service/app/target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " is missing: the browser test runs after `package` (./mvnw -pl index-service/app verify)");
        int port = freePort();
        baseUrl = "http://127.0.0.1:" + port + "/";
        serviceLog = Files.createTempFile("index-service-browser-it-", ".log");
        String run = UUID.randomUUID().toString().substring(0, 8);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(serviceLog.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(platform.config().security().serviceEnvironment());
        // a topic and group of its own: records other tests left on pages.enriched must not reach this index
        builder.environment().put("MP_MESSAGING_INCOMING_PAGES_ENRICHED_TOPIC", "browser-it-" + run + ".pages.enriched");
        builder.environment().put("MP_MESSAGING_INCOMING_PAGES_ENRICHED_GROUP_ID", "browser-it-" + run);
        service = builder.start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (!service.isAlive()) {
                fail("index-service exited with " + service.exitValue() + ":\n" + tail(serviceLog));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "search?size=0")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (System.nanoTime() > deadline) {
                fail("index-service did not answer /search within 90 s:\n" + tail(serviceLog));
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopService() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(15, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        assumeTrue(chromiumBinary != null, HeadlessChromium.INSTALL_HINT);
        browser = HeadlessChromium.launch(chromiumBinary);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void searchShowsHighlightedHitsFacetsAndChartAndFacetsFilter() throws IOException {
        // the test's documents are from February 1998: a page opened on that month shows them and nothing else of
        // the shared index (other test JVMs may be indexing into it at the same time)
        browser.navigate(baseUrl + "?from=" + FROM + "&to=" + TO);
        awaitTotal(5);
        assertEquals(FROM, browser.eval("document.getElementById('from').value").asText(), "the dates from the URL fill the form");
        assertEquals("newsflow 新闻检索", browser.eval("document.title").asText());

        browser.click("#q");
        browser.type("楼阳生");
        browser.pressEnter();
        awaitTotal(4);
        assertEquals("楼阳生", browser.eval("new URL(location.href).searchParams.get('q')").asText(), "the query is in the URL");

        // results: the four matching documents, each with the query highlighted in <em>
        assertEquals(Set.of("d1", "d2", "d3", "d4"), docIds());
        JsonNode emTexts = browser.eval("[...document.querySelectorAll('#results .hit')].map(h => [...h.querySelectorAll('em')].map(e => e.textContent))");
        for (JsonNode hit : emTexts) {
            assertFalse(hit.isEmpty(), "every hit shows a highlight: " + emTexts);
            for (JsonNode em : hit) {
                assertTrue(em.asText().chars().allMatch(c -> "楼阳生".indexOf(c) >= 0), "only the query is emphasised: " + emTexts);
            }
        }
        assertEquals("楼阳生主持召开省委第四次专题会议",
                browser.eval("document.querySelector('#results .hit[data-doc-id=browser-it-d1] .hit-title').textContent").asText(),
                "the highlighted title reads as the title");
        assertTrue(browser.eval("document.querySelector('#results .hit[data-doc-id=browser-it-d1] .hit-title em') !== null").asBoolean(),
                "the title carries the highlight");

        assertEquals("none", browser.eval("getComputedStyle(document.getElementById('more')).display").asText(),
                "no 'show more' button when every hit is shown");

        // markup in a document stays text: highlight fragments are not HTML
        assertEquals(0, browser.eval("document.querySelectorAll('#results img, #results script, #results b').length").asInt());
        assertTrue(browser.eval("typeof window.__xss === 'undefined'").asBoolean(), "no script from the document ran");
        assertTrue(browser.eval("document.querySelector('#results .hit[data-doc-id=browser-it-d4]').textContent").asText().contains("<script>window.__xss=2</script>"),
                "the document's markup is shown literally: " + browser.eval("document.querySelector('#results .hit[data-doc-id=browser-it-d4]').textContent"));

        // facets with the counts of the matching documents
        assertEquals("4", facetCount("person", "楼阳生"));
        assertEquals("2", facetCount("person", "林武"));
        assertEquals("1", facetCount("person", "王国生"));
        assertEquals("3", facetCount("source", "山西日报"));
        assertEquals("1", facetCount("flag", "spam_injected"));
        assertEquals("含垃圾信息", browser.eval("document.querySelector('.facet-value[data-param=flag][data-key=spam_injected] .key').textContent").asText());
        assertEquals(0, browser.eval("document.querySelectorAll('.facet-value[data-key=\"李四\"]').length").asInt(),
                "a person only in a non-matching document is not a facet");

        // chart: one bar per day with documents, height proportional to the count
        JsonNode bars = browser.eval("[...document.querySelectorAll('#chart svg rect.bar')].map(b => ({day: b.dataset.day, count: +b.dataset.count, h: +b.getAttribute('height')}))");
        List<String> days = new ArrayList<>();
        bars.forEach(b -> days.add(b.path("day").asText() + "=" + b.path("count").asInt()));
        assertEquals(List.of("1998-02-02=1", "1998-02-03=1", "1998-02-05=2"), days);
        assertEquals(bars.get(2).path("h").asDouble(), 2 * bars.get(0).path("h").asDouble(), 0.5, "bar heights follow the counts: " + bars);

        browser.screenshot(Path.of("target", "browser-it", "search-page.png"));

        // clicking a person filters the results to that person's documents
        browser.click(".facet-value[data-param=person][data-key=\"林武\"]");
        awaitTotal(2);
        assertEquals(Set.of("d2", "d3"), docIds());
        assertEquals("林武", browser.eval("new URL(location.href).searchParams.get('person')").asText());
        assertEquals("人物：林武×", browser.eval("document.querySelector('#chips .chip[data-param=person]').textContent").asText());
        assertEquals("true", browser.eval("document.querySelector('.facet-value[data-param=person][data-key=\"林武\"]').getAttribute('aria-pressed')").asText());
        assertEquals(2, browser.eval("document.querySelectorAll('#chart svg rect.bar').length").asInt(), "the chart follows the filter");
        assertEquals("2", facetCount("person", "楼阳生"), "facet counts follow the filter");
        browser.screenshot(Path.of("target", "browser-it", "search-page-filtered.png"));

        // removing the filter brings the full result back
        browser.click("#chips .chip[data-param=person] .chip-remove");
        awaitTotal(4);
        assertEquals(Set.of("d1", "d2", "d3", "d4"), docIds());
        assertEquals(0, browser.eval("document.querySelectorAll('#chips .chip[data-param=person]').length").asInt());

        // the browser's back button restores the filtered view
        browser.eval("history.back()");
        awaitTotal(2);
        assertEquals(Set.of("d2", "d3"), docIds());

        assertEquals(List.of(), browser.pageErrors(), "the page ran without script errors");
    }

    @Test
    void showMoreLoadsTheRemainingHits() {
        browser.navigate(baseUrl + "?from=" + FROM + "&to=" + TO + "&size=2");
        awaitTotal(5);
        assertEquals(2, browser.eval("document.querySelectorAll('#results .hit').length").asInt(), "size=2 shows two hits");
        assertTrue(browser.eval("document.getElementById('total').textContent").asText().contains("显示前 2 篇"));
        browser.click("#more");
        browser.waitFor("document.querySelectorAll('#results .hit').length === 5", WAIT, "all five hits");
        assertEquals(Set.of("d1", "d2", "d3", "d4", "d5"), docIds());
        assertEquals("none", browser.eval("getComputedStyle(document.getElementById('more')).display").asText());
        assertEquals(List.of(), browser.pageErrors());
    }

    @Test
    void aSearchWithoutMatchesSaysSoAndShowsNoBars() {
        browser.navigate(baseUrl + "?q=" + java.net.URLEncoder.encode("不存在的词语", java.nio.charset.StandardCharsets.UTF_8));
        awaitTotal(0);
        assertTrue(browser.eval("document.getElementById('total').textContent").asText().contains("0"));
        assertEquals("不存在的词语", browser.eval("document.getElementById('q').value").asText(), "the query from the URL fills the box");
        assertEquals("没有找到匹配的文档。", browser.eval("document.querySelector('#results li.empty').textContent").asText());
        assertEquals(0, browser.eval("document.querySelectorAll('#chart rect.bar').length").asInt());
        assertEquals(List.of(), browser.pageErrors());
    }

    // ---------------------------------------------------------------- helpers

    private void awaitTotal(int total) {
        try {
            browser.waitFor("document.getElementById('total').dataset.total === '" + total + "' && !document.body.classList.contains('loading')",
                    WAIT, total + " documents on the page");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the page shows " + browser.eval("location.href + ' | ' + document.getElementById('total').textContent"
                    + " + ' | ' + document.getElementById('error').textContent + ' | ' + [...document.querySelectorAll('#results .hit')].map(h => h.dataset.docId)"), e);
        }
    }

    private Set<String> docIds() {
        Set<String> ids = new TreeSet<>();
        browser.eval("[...document.querySelectorAll('#results .hit')].map(h => h.dataset.docId)")
                .forEach(n -> ids.add(n.asText().replaceFirst("^browser-it-", "")));
        return ids;
    }

    private String facetCount(String param, String key) {
        JsonNode count = browser.eval("(() => { const b = document.querySelector('.facet-value[data-param=" + param + "][data-key=' + "
                + HeadlessChromium.jsString(HeadlessChromium.jsString(key)) + " + ']'); return b && b.querySelector('.count').textContent; })()");
        assertFalse(count.isNull() || count.isMissingNode(), "facet " + param + "=" + key + " is listed");
        return count.asText();
    }

    private static List<EnrichedDocument> documents() {
        EnrichedDocument d1 = doc("d1", "1998-02-02T12:00:00+08:00", "楼阳生主持召开省委第四次专题会议", "山西日报",
                "2月1日上午，省委书记楼阳生主持召开省委第四次专题会议，研究部署疫情防控工作。",
                person("楼阳生", "省委书记"), entity(EntityType.PLACE, "太原"));
        EnrichedDocument d2 = doc("d2", "1998-02-03T09:30:00+08:00", "楼阳生林武到太原市检查疫情防控工作", "山西日报",
                "省委书记楼阳生、省长林武深入太原市检查指导疫情防控工作。久久精品无码一区二区",
                person("楼阳生", "省委书记"), person("林武", "省长"), entity(EntityType.PLACE, "太原"));
        d2.flags = List.of("spam_injected");
        EnrichedDocument d3 = doc("d3", "1998-02-05T15:00:00+08:00", "省政府召开常务会议", "山西日报",
                "省长林武主持召开省政府常务会议，传达学习楼阳生同志讲话精神。",
                person("林武", "省长"), person("楼阳生", "省委书记"), entity(EntityType.ORGANIZATION, "省政府"));
        EnrichedDocument d4 = doc("d4", "1998-02-05T10:00:00+08:00", "全省视频会议召开", "新华网",
                "<img src=x onerror=\"window.__xss=1\">落实楼阳生书记要求<script>window.__xss=2</script>",
                person("楼阳生", "省委书记"), person("王国生", "省委书记"));
        EnrichedDocument d5 = doc("d5", "1998-02-04T10:00:00+08:00", "河南省召开电视电话会议", "河南日报",
                "省委书记李四出席会议并讲话。", person("李四", "省委书记"));
        return List.of(d1, d2, d3, d4, d5);
    }

    private static EnrichedDocument doc(String id, String publishedAt, String title, String source, String text, Entity... entities) {
        EnrichedDocument d = new EnrichedDocument();
        d.docId = "browser-it-" + id;
        d.url = "http://example.com/browser-it/" + id + ".html";
        d.title = title;
        d.text = text;
        d.source = source;
        d.language = "zh";
        d.publishedAt = OffsetDateTime.parse(publishedAt);
        d.fetchedAt = OffsetDateTime.parse(publishedAt).plusHours(1);
        d.entities = List.of(entities);
        return d;
    }

    private static Entity person(String name, String title) {
        return new Entity(EntityType.PERSON, name, 1, List.of(new Mention(0, name.length())), List.of(title), null, null, null, null, null, null);
    }

    private static Entity entity(EntityType type, String name) {
        return Entity.of(type, name, List.of(new Mention(0, name.length())));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
