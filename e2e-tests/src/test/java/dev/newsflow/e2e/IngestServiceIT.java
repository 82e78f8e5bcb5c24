package dev.newsflow.e2e;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.contracts.DocIds;
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
