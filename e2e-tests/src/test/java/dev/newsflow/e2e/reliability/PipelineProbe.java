package dev.newsflow.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.local.KafkaTools;
import dev.newsflow.local.PlatformConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.net.URI;
import dev.newsflow.connections.ElasticsearchConnections;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** What the reliability tests look at from outside: topics, consumer lag, the indexed documents. Plain clients only. */
final class PipelineProbe {
    /** Every input topic and the consumer group that reads it. */
    static final Map<String, String> CONSUMED = Map.of(Topics.URLS, "ingest-service", Topics.URLS_RETRY, "ingest-service",
            Topics.PAGES_RAW, "clean-service", Topics.PAGES_CLEAN, "extract-service", Topics.PAGES_ENRICHED, "index-service");
    /**
     * Fields left out of the content hash: only the fetch time. The near-duplicate verdict (duplicateOf, the
     * near_duplicate flag, the quality it lowers) is compared: a redelivered page gets its first verdict.
     */
    static final List<String> FETCH_TIME_FIELDS = List.of("fetchedAt");

    private final PlatformConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final HttpClient elasticsearch;

    PipelineProbe(PlatformConfig config) {
        this.config = config;
        this.elasticsearch = ElasticsearchConnections.httpClient(config.elasticsearch(), Duration.ofSeconds(3));
    }

    KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.putAll(config.kafkaClientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Everything a topic holds now, from its beginning. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Properties props = new Properties();
        props.putAll(config.kafkaClientProperties());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.DEAD_LETTER_MAX_MESSAGE_BYTES);
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofSeconds(1)).forEach(r -> {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        all.add(r);
                    }
                });
            }
        }
        return all;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    /** Records not yet committed, per input topic. */
    Map<String, Long> lag() {
        KafkaTools kafka = new KafkaTools(config.kafkaClientProperties());
        Map<String, Long> lag = new LinkedHashMap<>();
        CONSUMED.forEach((topic, group) -> lag.put(topic, kafka.lag(group, topic)));
        return lag;
    }

    long totalLag() {
        return lag().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The full indexed source of each document found, by id. */
    Map<String, JsonNode> documents(Collection<String> ids) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 200) {
            JsonNode answer = post("/news/_mget", Json.write(Map.of("ids", all.subList(i, Math.min(all.size(), i + 200)))));
            answer.path("docs").forEach(d -> {
                if (d.path("found").asBoolean(false)) {
                    found.put(d.path("_id").asText(), d.path("_source"));
                }
            });
        }
        return found;
    }

    long indexedCount() {
        post("/news/_refresh", "{}");
        return post("/news/_count", "{}").path("count").asLong();
    }

    /** SHA-256 of the indexed fields (sorted, fetch-time fields left out): equal documents have equal hashes. */
    static String contentHash(JsonNode source) {
        ObjectNode copy = source.deepCopy();
        FETCH_TIME_FIELDS.forEach(copy::remove);
        try {
            String canonical = Json.MAPPER.copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsString(Json.MAPPER.treeToValue(copy, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields (fetch-time ones aside) whose values differ, with both values abbreviated, to explain a failure. */
    static Map<String, String> differences(JsonNode expected, JsonNode actual) {
        Map<String, String> diff = new java.util.TreeMap<>();
        Set<String> names = new java.util.TreeSet<>();
        expected.fieldNames().forEachRemaining(names::add);
        actual.fieldNames().forEachRemaining(names::add);
        names.removeAll(FETCH_TIME_FIELDS);
        for (String name : names) {
            if (!expected.path(name).equals(actual.path(name))) {
                diff.put(name, abbreviate(expected.path(name)) + " -> " + abbreviate(actual.path(name)));
            }
        }
        return diff;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private JsonNode post(String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.elasticsearchUrl() + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            config.elasticsearch().authorization().ifPresent(value -> request.header("Authorization", value));
            HttpResponse<String> response = elasticsearch.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Json.MAPPER.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("Elasticsearch: " + e.getMessage(), e);
        }
    }

    static boolean waitUntil(BooleanSupplier done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (done.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // a server restarting: ask again
            }
            Thread.sleep(1000);
        }
        return done.getAsBoolean();
    }
}
