package dev.newsflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.e2e.reliability.PipelineUnderTest;
import dev.newsflow.local.NewsIndexClient;
import dev.newsflow.local.SeedServer;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.testplatform.TestServers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole product on real servers: a Kafka broker and an Elasticsearch node as processes, the four services
 * from their built jars, the seed pages served over local HTTP and their URLs produced with a plain Kafka producer.
 */
class PipelineEndToEndIT {
    private static PipelineUnderTest pipeline;
    private static TestServers platform;
    private static ServiceFleet services;
    private static SeedServer seeds;
    private static final JsonNode EXPECTED = SeedCorpus.expectations();

    @BeforeAll
    static void startEverything() throws Exception {
        seeds = new SeedServer(SeedCorpus.folder(), 0);
        pipeline = PipelineUnderTest.start("127.0.0.1:" + seeds.port(), Map.of());
        platform = pipeline.platform();
        services = pipeline.services();
    }

    @AfterAll
    static void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (seeds != null) {
            seeds.close();
        }
    }

    @Test
    void seedsProducedToKafkaBecomeSearchableDocumentsWithCorrectTitles() throws Exception {
        List<String> urls = seeds.pageUrls();
        assertEquals(5, urls.size(), "the five seed pages are served");
        try (KafkaProducer<byte[], byte[]> producer = pipeline.producer()) {
            for (String url : urls) {
                producer.send(new ProducerRecord<>(Topics.URLS, bytes(url))).get();
            }
        }

        Map<String, String> fileOfDoc = urls.stream().collect(Collectors.toMap(DocIds::of, u -> u.substring(u.lastIndexOf('/') + 1)));
        NewsIndexClient index = new NewsIndexClient(platform.config().elasticsearch());
        List<JsonNode> docs = waitFor(() -> index.documents(new ArrayList<>(fileOfDoc.keySet())), d -> d.size() == 5, Duration.ofMinutes(4));
        assertEquals(5, docs.size(), "all five seeds indexed within the wait");

        for (JsonNode doc : docs) {
            String file = fileOfDoc.get(doc.path("docId").asText());
            JsonNode expected = EXPECTED.path(file);
            String title = doc.path("title").asText("");
            if (expected.has("title")) {
                assertEquals(SeedCorpus.normalize(expected.path("title").asText()), SeedCorpus.normalize(title), "title of " + file);
            } else {
                assertFalse(title.isBlank(), "a title for " + file);
            }
        }

        // found by id at once (real-time get), by search after the index refresh: wait for it
        String query = services.url("index") + "/search?q=" + URLEncoder.encode("楼阳生", StandardCharsets.UTF_8);
        JsonNode search = waitFor(() -> {
            try {
                return getJson(query);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, s -> s.path("total").asLong() >= 2, Duration.ofSeconds(60));
        assertTrue(search.path("total").asLong() >= 2, "楼阳生 is in seeds 000 and 001: " + search);
        JsonNode persons = search.path("facets").path("persons");
        boolean facetHasLou = false;
        for (JsonNode bucket : persons) {
            facetHasLou |= bucket.path("key").asText().equals("楼阳生") && bucket.path("count").asLong() >= 2;
        }
        assertTrue(facetHasLou, "person facet counts 楼阳生 in two documents: " + persons);
    }

    @Test
    void aUrlThatCannotBeFetchedReachesTheDeadLetterTopicWithItsReason() throws Exception {
        String bad = "ftp://example.invalid/file.txt";
        try (KafkaProducer<byte[], byte[]> producer = pipeline.producer()) {
            producer.send(new ProducerRecord<>(Topics.URLS, bytes(bad))).get();
        }
        ConsumerRecord<byte[], byte[]>[] found = new ConsumerRecord[1];
        PipelineUnderTest.waitUntil(() -> (found[0] = pipeline.readAll(Topics.deadLetter(Topics.URLS)).stream()
                .filter(r -> r.value() != null && bad.equals(new String(r.value(), StandardCharsets.UTF_8))).findFirst().orElse(null)) != null,
                Duration.ofMinutes(2));
        assertNotNull(found[0], "the rejected URL is on " + Topics.deadLetter(Topics.URLS));
        String reason = new String(found[0].headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("scheme"), "reason names the problem: " + reason);
    }

    @Test
    void oneDocumentsPathFromUrlsToPagesEnrichedIsOneTrace() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String parentSpan = "00f067aa0ba902b7";
        String url = seeds.pageUrls().get(0) + "?trace=" + System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = pipeline.producer()) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.URLS, bytes(url));
            // flags 00: not sampled, so the services record and export nothing, yet carry the trace on
            record.headers().add("traceparent", ("00-" + traceId + "-" + parentSpan + "-00").getBytes(StandardCharsets.US_ASCII));
            producer.send(record).get();
        }
        String docId = DocIds.of(url);
        String previousSpan = parentSpan;
        for (String topic : List.of(Topics.PAGES_RAW, Topics.PAGES_CLEAN, Topics.PAGES_ENRICHED)) {
            ConsumerRecord<byte[], byte[]> record = pipeline.await(topic, docId, Duration.ofMinutes(2));
            assertNotNull(record, "the document reaches " + topic);
            org.apache.kafka.common.header.Header traceparent = record.headers().lastHeader("traceparent");
            assertNotNull(traceparent, topic + " carries a traceparent header");
            String[] parts = new String(traceparent.value(), StandardCharsets.US_ASCII).split("-");
            assertEquals(4, parts.length);
            assertEquals(traceId, parts[1], "on " + topic + ": the trace of the urls record");
            assertNotEquals(previousSpan, parts[2], "on " + topic + ": a span of the stage that wrote it");
            previousSpan = parts[2];
        }
        for (String stage : ServiceFleet.STAGES) {
            String log = java.nio.file.Files.readString(services.process(stage).logFile());
            assertFalse(log.contains("Failed to export"), stage + ": no collector runs and nothing tries to reach one");
        }
    }

    @Test
    void everyServiceDescribesItsRestApiAtQOpenapi() throws Exception {
        Map<String, List<String>> endpoints = Map.of(
                "ingest", List.of("/urls", "/fetch"),
                "clean", List.of("/clean"),
                "extract", List.of("/extract"),
                "index", List.of("/index", "/search", "/admin/index/migrate"));
        endpoints.forEach((stage, paths) -> {
            JsonNode document;
            try {
                document = getJson(services.url(stage) + "/q/openapi?format=json");
            } catch (Exception e) {
                throw new AssertionError(stage + ": " + e.getMessage(), e);
            }
            for (String path : paths) {
                assertTrue(document.path("paths").has(path), stage + "-service documents " + path + ": " + document.path("paths"));
            }
        });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private static <T> T waitFor(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            value = probe.get();
        }
        return value;
    }
}
