package dev.newsflow.e2e;

import com.sun.net.httpserver.HttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.UrlKeys;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.contracts.RawPageRecord;
import dev.newsflow.contracts.Topics;
import dev.newsflow.local.KafkaNode;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.testplatform.TestPlatform;
import dev.newsflow.testplatform.TestServers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/** ingest-service as a process, against a local HTTP server (loopback only) and the real broker. */
class IngestServiceIT {
    private static TestServers platform;
    private static ServiceFleet services;
    private static HttpServer site;
    private static final AtomicInteger flakyCalls = new AtomicInteger();
    private static final Map<String, String> SETTINGS = Map.of("NEWSFLOW_FETCH_BASE_BACKOFF", "PT2S", "NEWSFLOW_FETCH_MAX_BACKOFF", "PT4S");

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.kafkaOnly();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        site.createContext("/flaky", exchange -> {
            try (exchange) {
                if (flakyCalls.incrementAndGet() <= 2) {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    byte[] body = "<html><head><title>恢复正常</title></head><body><p>服务恢复正常。</p></body></html>".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            }
        });
        site.createContext("/to-private", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Location", "http://10.20.30.40/internal");
                exchange.sendResponseHeaders(302, -1);
            }
        });
        site.start();
        services = new ServiceFleet(platform.config());
        services.start(List.of("ingest"), allowed(), SETTINGS);
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.stop();
        }
        if (site != null) {
            site.stop(0);
        }
    }

    private static String allowed() {
        return "127.0.0.1:" + site.getAddress().getPort();
    }

    @Test
    void aRetryPendingAcrossARestartIsFetchedAfterwards() throws Exception {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/flaky?run=" + System.nanoTime();
        produce(url);
        ConsumerRecord<String, byte[]> retry = await(KafkaNode.RETRY_TOPIC, r -> r.value() != null && text(r).contains(url), Duration.ofMinutes(1));
        assertNotNull(retry, "a 503 becomes a retry record on " + KafkaNode.RETRY_TOPIC);

        services.process("ingest").stop(Duration.ofSeconds(15));
        services.start(List.of("ingest"), allowed(), SETTINGS);

        String docId = DocIds.of(url);
        ConsumerRecord<String, byte[]> page = await(Topics.PAGES_RAW, r -> docId.equals(r.key()), Duration.ofMinutes(2));
        assertNotNull(page, "the page reaches pages.raw after the restart");
        assertEquals(200, RawPageRecord.decode(page.value()).status());
        assertTrue(flakyCalls.get() >= 3, "the server was asked again after its 503s");
    }

    @Test
    void aRedirectIntoAPrivateAddressIsRefusedWithItsReason() throws Exception {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/to-private?run=" + System.nanoTime();
        produce(url);
        ConsumerRecord<String, byte[]> dead = await(Topics.deadLetter(Topics.URLS), r -> r.value() != null && text(r).contains(url), Duration.ofMinutes(1));
        assertNotNull(dead, "the URL is on " + Topics.deadLetter(Topics.URLS));
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("10.20.30.40") && reason.contains("private"), reason);
    }

    @Test
    void postUrlsAnswersAfterKafkaAcknowledgedEveryRecordKeyedByHostWithTheRequestsTrace() throws Exception {
        String run = "post-" + System.nanoTime();
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            urls.add("http://10.77." + (i % 7) + ".1/" + run + "/" + i); // a private address: ingest refuses it at once
        }
        List<Object> batch = new java.util.ArrayList<>(urls);
        batch.add(1_000, "ftp://" + run + ".example/not-http");
        batch.add(Map.of("url", "http://10.77.9.1/" + run + "/object", "source", "it"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(services.url("ingest") + "/urls"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + platform.config().security().restApiKey())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(batch))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answers = Json.MAPPER.readTree(response.body());
        assertEquals(batch.size(), answers.size(), "one answer per item, in order");
        assertEquals(DocIds.of(urls.get(0)), answers.get(0).path("docId").asText());
        assertEquals(DocIds.of(urls.get(2_999)), answers.get(3_000).path("docId").asText());
        assertTrue(answers.get(1_000).path("error").asText().contains("scheme"), "the ftp URL is refused with its reason: " + answers.get(1_000));
        assertEquals("http://10.77.9.1/" + run + "/object", answers.get(3_001).path("url").asText());

        // answered 200, so every accepted record is on urls already: read them all, once each, keyed by host
        java.util.Set<String> expected = new java.util.HashSet<>(urls);
        expected.add("http://10.77.9.1/" + run + "/object");
        Map<String, Integer> seen = new java.util.HashMap<>();
        Properties props = new Properties();
        props.putAll(platform.config().kafkaClientProperties());
        props.put("group.id", "ingest-it-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.URLS));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            int quietPolls = 0;
            while (Instant.now().isBefore(deadline) && (seen.size() < expected.size() || quietPolls < 3)) {
                var records = consumer.poll(Duration.ofSeconds(1));
                quietPolls = records.isEmpty() ? quietPolls + 1 : 0;
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.value() == null || !text(record).contains(run)) {
                        continue;
                    }
                    UrlRequest request = UrlRequest.parse(text(record));
                    seen.merge(request.url(), 1, Integer::sum);
                    assertEquals(UrlKeys.of(request.url()), record.key(), "keyed by host: " + request.url());
                    assertNotNull(record.headers().lastHeader("traceparent"), "the request's trace travels with " + request.url());
                }
            }
        }
        assertEquals(expected, seen.keySet(), "every accepted URL is on " + Topics.URLS + ", the refused one is not");
        assertEquals(List.of(), seen.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList(), "each record once");
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static void produce(String url) throws Exception {
        Properties props = new Properties();
        props.putAll(platform.config().kafkaClientProperties());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.URLS, url)).get();
        }
    }

    private static ConsumerRecord<String, byte[]> await(String topic, Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
        Properties props = new Properties();
        props.putAll(platform.config().kafkaClientProperties());
        props.put("group.id", "ingest-it-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (match.test(record)) {
                        return record;
                    }
                }
            }
        }
        return null;
    }
}
