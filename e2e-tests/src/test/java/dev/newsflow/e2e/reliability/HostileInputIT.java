package dev.newsflow.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.local.DeadLetterReplay;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.testplatform.TestServers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Guarantee: no record stops a consumer, and nothing is skipped silently. Hostile pages (binary, truncated, 5 MB
 * without article text, deeply nested, invalid byte sequences, spam only, empty, lying charset declarations) go
 * through the running pipeline, and poison records (wrong JSON, {@code {}}, {@code null}, a tombstone, a wrong
 * schemaVersion, a 2 MB record) are written straight onto every topic a stage reads. Each page ends indexed (with
 * flags) or in a dead-letter topic with a reason; each poison record ends in its topic's {@code .dlq} with a
 * reason; a valid page sent after them all is indexed; consumer lag returns to zero; every service stays ready.
 * <p>
 * Suite size: two pages of each kind. Full size ({@code e2e-tests/scripts/hostile-run.sh}): {@code -Dnewsflow.hostile.pages=1000}.
 */
class HostileInputIT {
    private static final int PAGES = Integer.getInteger("newsflow.hostile.pages", 2 * HostilePages.values().length);
    private static final List<String> POISON_KINDS = List.of("wrong-json", "empty-object", "json-null", "tombstone", "wrong-schema-version", "oversize");

    private static PipelineUnderTest pipeline;
    private static TestServers platform;
    private static PageServer server;
    private static PipelineProbe probe;

    @BeforeAll
    static void start() throws Exception {
        server = new PageServer();
        pipeline = PipelineUnderTest.start("127.0.0.1:" + server.port(), Map.of("NEWSFLOW_FETCH_MIN_HOST_DELAY", "PT0S",
                "NEWSFLOW_FETCH_MAX_HOST_CONCURRENCY", "8"));
        platform = pipeline.platform();
        probe = pipeline.probe();
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyHostilePageAndPoisonRecordEndsIndexedOrDeadLetteredAndNoConsumerStops() throws Exception {
        String run = Long.toHexString(System.nanoTime() & 0xffffff);
        Random random = new Random(42);
        Map<String, HostilePages> kindOf = new LinkedHashMap<>();
        HostilePages[] kinds = HostilePages.values();
        for (int i = 0; i < PAGES; i++) {
            HostilePages kind = kinds[i % kinds.length];
            String url = server.add("/hostile-" + run + "/" + kind.name().toLowerCase() + "-" + i + ".html", kind.body(random), kind.contentType);
            kindOf.put(url, kind);
        }
        Map<String, String> poison = new LinkedHashMap<>(); // key -> topic
        try (KafkaProducer<byte[], byte[]> producer = probe.producer()) {
            List<Future<?>> sends = new ArrayList<>();
            for (String url : kindOf.keySet()) {
                sends.add(producer.send(new ProducerRecord<>(Topics.URLS, bytes(url), bytes(Json.write(new UrlRequest(1, url, "hostile", true))))));
            }
            for (String topic : PipelineProbe.CONSUMED.keySet()) {
                for (String kind : POISON_KINDS) {
                    String key = "poison-" + run + "-" + topic + "-" + kind;
                    poison.put(key, topic);
                    sends.add(producer.send(new ProducerRecord<>(topic, bytes(key), poisonValue(kind, key))));
                }
            }
            for (Future<?> send : sends) {
                send.get();
            }
        }
        String valid = server.add("/hostile-" + run + "/valid-after-poison.html", SyntheticPages.html(7_777_777), "text/html; charset=utf-8");
        try (KafkaProducer<byte[], byte[]> producer = probe.producer()) {
            producer.send(new ProducerRecord<>(Topics.URLS, bytes(valid), bytes(Json.write(new UrlRequest(1, valid, "hostile", true))))).get();
        }

        Map<String, String> idOf = new HashMap<>();
        kindOf.keySet().forEach(u -> idOf.put(u, DocIds.of(u)));
        // multi-megabyte pages are cleaned one at a time (bytes-in-work): the wait grows with the run
        Duration limit = Duration.ofSeconds(Math.max(360, 2L * PAGES));
        long waitStarted = System.nanoTime();
        boolean settled = PipelineProbe.waitUntil(() -> outcomes(kindOf, idOf, poison).settled()
                && probe.documents(List.of(DocIds.of(valid))).size() == 1 && probe.totalLag() == 0, limit);
        Outcomes outcome = outcomes(kindOf, idOf, poison);

        System.out.printf("%nHOSTILE RUN: %d pages, %d poison records; %s in %.0f s (limit %d s)%n", PAGES, poison.size(),
                settled ? "settled" : "NOT settled", (System.nanoTime() - waitStarted) / 1e9, limit.toSeconds());
        outcome.byKind.forEach((kind, counts) -> System.out.printf("  %-26s %s%n", kind, counts));
        System.out.printf("  poison records dead-lettered with a reason: %d/%d%n", outcome.poisonDeadLettered, poison.size());
        System.out.printf("  flags on indexed hostile pages: %s%n", outcome.flags);
        System.out.printf("  dead-letter reasons (first of each topic): %s%n", outcome.sampleReasons);
        System.out.printf("  lag %s; services ready: %s%n", probe.lag(), ready());

        assertTrue(settled, "every record settled and lag returned to zero: unsettled " + outcome.unsettled + ", lag " + probe.lag());
        assertEquals(List.of(), outcome.unsettled, "each hostile page is indexed or dead-lettered");
        assertEquals(poison.size(), outcome.poisonDeadLettered, "each poison record is in its topic's .dlq with a reason: missing " + outcome.poisonMissing);
        assertEquals(List.of(), outcome.withoutReason, "every dead letter has a reason");
        assertEquals(1, probe.documents(List.of(DocIds.of(valid))).size(), "the valid page sent after the poison is indexed");
        assertTrue(ready().values().stream().allMatch(Boolean::booleanValue), "every consumer is still running: " + ready());

        // ./pipeline replay: the wrong-version record goes back to its topic, fails again, and is back in the .dlq marked as replayed
        String replayedKey = "poison-" + run + "-" + Topics.PAGES_CLEAN + "-wrong-schema-version";
        DeadLetterReplay.Result replay = new DeadLetterReplay(platform.config().kafkaClientProperties())
                .replay(Topics.deadLetter(Topics.PAGES_CLEAN), "schemaVersion 99");
        System.out.printf("  replay: %s%n", replay);
        assertTrue(replay.replayed() >= 1 && replay.replayed() < replay.read(), "the reason filter picks the matching records: " + replay);
        assertTrue(PipelineProbe.waitUntil(() -> probe.readAll(Topics.deadLetter(Topics.PAGES_CLEAN)).stream().anyMatch(r ->
                replayedKey.equals(PipelineProbe.key(r)) && PipelineProbe.header(r, DeadLetterReplay.REPLAYED_FROM) != null), Duration.ofMinutes(2)),
                "the replayed record went through extract-service again");
    }

    private static Map<String, Boolean> ready() {
        return pipeline.ready();
    }

    private static byte[] poisonValue(String kind, String key) {
        return switch (kind) {
            case "wrong-json" -> bytes("{\"schemaVersion\": 1, \"url\": \"http://127.0.0.1/" + key + "\", ");
            case "empty-object" -> bytes("{}");
            case "json-null" -> bytes("null");
            case "tombstone" -> null;
            case "wrong-schema-version" -> bytes("{\"schemaVersion\": 99, \"docId\": \"" + key + "\", \"url\": \"http://127.0.0.1:1/" + key
                    + "\", \"request\": {\"url\": \"http://127.0.0.1:1/x\"}, \"attempt\": 1, \"notBefore\": \"2020-01-01T00:00:00Z\", \"text\": \"x\", \"body\": \"\"}");
            case "oversize" -> bytes("{\"schemaVersion\": 1, \"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private record Outcomes(Map<String, Map<String, Integer>> byKind, List<String> unsettled, int poisonDeadLettered,
                            List<String> poisonMissing, List<String> withoutReason, Map<String, Integer> flags,
                            Map<String, String> sampleReasons) {
        boolean settled() {
            return unsettled.isEmpty() && poisonMissing.isEmpty();
        }
    }

    private static Outcomes outcomes(Map<String, HostilePages> kindOf, Map<String, String> idOf, Map<String, String> poison) {
        Map<String, String> deadTopicOfKey = new HashMap<>();
        List<String> withoutReason = new ArrayList<>();
        Map<String, String> sampleReasons = new TreeMap<>();
        for (String topic : Topics.DEAD_LETTERS) {
            for (ConsumerRecord<byte[], byte[]> record : probe.readAll(topic)) {
                String key = PipelineProbe.key(record);
                String reason = PipelineProbe.header(record, "dead-letter-reason");
                if (key == null) {
                    continue;
                }
                deadTopicOfKey.put(key, topic);
                boolean ours = poison.containsKey(key) || kindOf.containsKey(key) || idOf.containsValue(key);
                if (ours && (reason == null || reason.isBlank())) {
                    withoutReason.add(topic + ": " + key);
                }
                if (ours && reason != null) {
                    sampleReasons.putIfAbsent(topic, reason.length() > 120 ? reason.substring(0, 120) + "…" : reason);
                }
            }
        }
        Map<String, JsonNode> docs = probe.documents(idOf.values());
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        Map<String, Integer> flags = new TreeMap<>();
        List<String> unsettled = new ArrayList<>();
        kindOf.forEach((url, kind) -> {
            String id = idOf.get(url);
            String where;
            if (docs.containsKey(id)) {
                where = "indexed";
                docs.get(id).path("flags").forEach(f -> flags.merge(f.asText(), 1, Integer::sum));
            } else if (deadTopicOfKey.containsKey(url)) {
                where = deadTopicOfKey.get(url);
            } else if (deadTopicOfKey.containsKey(id)) {
                where = deadTopicOfKey.get(id);
            } else {
                where = "nowhere yet";
                unsettled.add(kind + " " + url);
            }
            byKind.computeIfAbsent(kind.name(), k -> new TreeMap<>()).merge(where, 1, Integer::sum);
        });
        List<String> poisonMissing = new ArrayList<>();
        int poisonDeadLettered = 0;
        for (var e : poison.entrySet()) {
            if (Topics.deadLetter(e.getValue()).equals(deadTopicOfKey.get(e.getKey()))) {
                poisonDeadLettered++;
            } else {
                poisonMissing.add(e.getKey());
            }
        }
        return new Outcomes(byKind, unsettled, poisonDeadLettered, poisonMissing, withoutReason, flags, sampleReasons);
    }
}
