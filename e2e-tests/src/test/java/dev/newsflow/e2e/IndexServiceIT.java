package dev.newsflow.e2e;

import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Mention;
import dev.newsflow.contracts.Topics;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.NewsIndexClient;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.local.TestPlatform;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/** index-service alone, fed through Kafka, against a real Elasticsearch node that is stopped and restarted mid-way. */
class IndexServiceIT {
    private static LocalPlatform platform;
    private static ServiceFleet services;

    @BeforeAll
    static void start() {
        platform = TestPlatform.kafkaAndElasticsearch();
        services = new ServiceFleet(platform.config());
        services.start(List.of("index"), "");
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.stop();
        }
    }

    @Test
    void anElasticsearchOutageLosesNothingAndDuplicatesNothing() throws Exception {
        String run = "outage-" + System.nanoTime() + "-";
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < 150; i++) {
                EnrichedDocument doc = document(run + i);
                ids.add(doc.docId);
                producer.send(new ProducerRecord<>(Topics.PAGES_ENRICHED, doc.docId, Json.write(doc))).get();
                if (i == 50) {
                    platform.elasticsearch().stop();
                }
            }
            Thread.sleep(3000);
            platform.elasticsearch().start();
            // a replay of the first records after the outage: same documents, same count
            for (int i = 0; i < 30; i++) {
                EnrichedDocument doc = document(run + i);
                producer.send(new ProducerRecord<>(Topics.PAGES_ENRICHED, doc.docId, Json.write(doc))).get();
            }
        }
        NewsIndexClient index = new NewsIndexClient(platform.config().elasticsearch());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        int found = 0;
        while (Instant.now().isBefore(deadline) && (found = index.documents(ids).size()) < ids.size()) {
            Thread.sleep(1000);
        }
        assertEquals(ids.size(), found, "every document written after the outage");
        assertEquals(ids.size(), index.countMatching("docId", run + "*"), "and each exactly once");
    }

    @Test
    void recordsThatCannotBeIndexedReachTheDeadLetterTopicWithTheReason() throws Exception {
        EnrichedDocument tooLong = document("bad-" + System.nanoTime());
        tooLong.keywords = List.of("字".repeat(12_000));
        String notJson = "this is not an enriched document " + System.nanoTime();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.PAGES_ENRICHED, tooLong.docId, Json.write(tooLong))).get();
            producer.send(new ProducerRecord<>(Topics.PAGES_ENRICHED, "garbage", notJson)).get();
        }
        Map<String, String> reasons = deadLetterReasons(List.of(tooLong.docId, "garbage"), Duration.ofMinutes(2));
        assertTrue(reasons.getOrDefault(tooLong.docId, "").contains("document_parsing_exception"), reasons.toString());
        assertTrue(reasons.getOrDefault("garbage", "").contains("EnrichedDocument"), reasons.toString());
    }

    private static Map<String, String> deadLetterReasons(List<String> keys, Duration timeout) {
        Properties props = new Properties();
        props.putAll(platform.config().kafkaClientProperties());
        props.put("group.id", "index-dlq-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.PAGES_ENRICHED)));
            Instant deadline = Instant.now().plus(timeout);
            while (!reasons.keySet().containsAll(keys) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    var header = record.headers().lastHeader("dead-letter-reason");
                    if (record.key() != null && keys.contains(record.key()) && header != null) {
                        reasons.put(record.key(), new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return reasons;
    }

    private static EnrichedDocument document(String id) {
        EnrichedDocument d = new EnrichedDocument();
        d.docId = id;
        d.url = "http://example.com/" + id;
        d.title = "省委召开专题会议 " + id;
        d.text = "省委书记楼阳生主持召开会议,研究部署疫情防控工作。";
        d.segmentedText = "省委 书记 楼阳生 主持 召开 会议 研究 部署 疫情 防控 工作";
        d.fetchedAt = OffsetDateTime.parse("2026-11-22T10:00:00Z");
        d.publishedAt = OffsetDateTime.parse("2020-02-23T15:00:00+08:00");
        d.entities = List.of(new Entity(EntityType.PERSON, "楼阳生", 1, List.of(new Mention(4, 7)), List.of("省委书记"),
                null, null, null, null, null, null));
        return d;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.putAll(platform.config().kafkaClientProperties());
        props.put("acks", "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
