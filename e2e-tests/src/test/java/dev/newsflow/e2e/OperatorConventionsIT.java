package dev.newsflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.testplatform.TestPlatform;
import dev.newsflow.testplatform.TestServers;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
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
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/** ingest-service as operators run it: trace context carried through Kafka headers, the REST API described at /q/openapi. */
class OperatorConventionsIT {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static TestServers platform;
    private static ServiceFleet services;
    private static HttpServer site;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.kafkaOnly();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        site.createContext("/page", exchange -> {
            try (exchange) {
                byte[] body = "<html><head><title>追踪</title></head><body><p>一条完整的路径。</p></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        site.start();
        services = new ServiceFleet(platform.config());
        services.start(List.of("ingest"), "127.0.0.1:" + site.getAddress().getPort(), Map.of());
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

    @Test
    void theTraceOfAUrlRecordContinuesOnItsPage() throws Exception {
        String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/page?run=" + System.nanoTime();
        String parentSpan = "00f067aa0ba902b7";
        Properties props = new Properties();
        props.put("bootstrap.servers", platform.kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.URLS, url);
            // flags 00: not sampled, so the services record nothing and export nothing, but carry the trace on
            record.headers().add("traceparent", ("00-" + TRACE_ID + "-" + parentSpan + "-00").getBytes(StandardCharsets.US_ASCII));
            producer.send(record).get();
        }

        ConsumerRecord<String, String> page = awaitPage(DocIds.of(url), Duration.ofMinutes(1));
        assertNotNull(page, "the page reaches pages.raw");
        Header traceparent = page.headers().lastHeader("traceparent");
        assertNotNull(traceparent, "pages.raw carries a traceparent header");
        String[] parts = new String(traceparent.value(), StandardCharsets.US_ASCII).split("-");
        assertEquals(4, parts.length);
        assertEquals(TRACE_ID, parts[1], "same trace as the urls record");
        assertNotEquals(parentSpan, parts[2], "a span of ingest-service's own");

        String log = Files.readString(services.process("ingest").logFile());
        assertFalse(log.contains("Failed to export"), "no collector runs and nothing tries to reach one");
    }

    @Test
    void everyRestEndpointIsInTheOpenApiDocument() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(services.url("ingest") + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode paths = Json.MAPPER.readTree(response.body()).path("paths");
        assertTrue(paths.path("/urls").has("post"), "POST /urls: " + paths);
        assertTrue(paths.path("/fetch").has("post"), "POST /fetch: " + paths);
    }

    private static ConsumerRecord<String, String> awaitPage(String docId, Duration timeout) {
        Properties props = new Properties();
        props.put("bootstrap.servers", platform.kafkaBootstrap());
        props.put("group.id", "conventions-it-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PAGES_RAW));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (docId.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        return null;
    }
}
