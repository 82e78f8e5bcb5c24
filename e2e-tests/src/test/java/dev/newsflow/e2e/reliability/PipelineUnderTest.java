package dev.newsflow.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.Json;
import dev.newsflow.local.PlatformConfig;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.testplatform.TestPlatform;
import dev.newsflow.testplatform.TestServers;
import dev.newsflow.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.producer.KafkaProducer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The set-up every pipeline test shares: the test platform (a Kafka broker and an Elasticsearch node as
 * processes), the services from their built jars (with extra replicas when asked), and the plain clients that look
 * at it from outside ({@link PipelineProbe}). Close it in {@code @AfterAll}: the services stop, the platform stays
 * for the next test class (it is stopped when the test JVM ends).
 */
public final class PipelineUnderTest implements AutoCloseable {
    private final TestServers platform;
    private final ServiceFleet services;
    private final PipelineProbe probe;
    private final String allowedHosts;
    private final Map<String, String> settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private PipelineUnderTest(TestServers platform, String allowedHosts, Map<String, String> settings) {
        this.platform = platform;
        this.services = new ServiceFleet(platform.config());
        this.probe = new PipelineProbe(platform.config());
        this.allowedHosts = allowedHosts;
        this.settings = settings;
    }

    /** The four stages, one replica each, fetching only from {@code allowedHosts}, with extra service settings. */
    public static PipelineUnderTest start(String allowedHosts, Map<String, String> settings) {
        return start(ServiceFleet.STAGES, allowedHosts, settings, 1);
    }

    /** Some stages with {@code replicas} replicas each sharing the partitions, all ready when it returns. */
    public static PipelineUnderTest start(List<String> stages, String allowedHosts, Map<String, String> settings, int replicas) {
        PipelineUnderTest pipeline = new PipelineUnderTest(TestPlatform.kafkaAndElasticsearch(), allowedHosts, settings);
        try {
            pipeline.services.start(stages, allowedHosts, settings);
            for (int replica = 1; replica < replicas; replica++) {
                for (String stage : stages) {
                    pipeline.services.startReplica(stage, replica, allowedHosts, settings, true);
                }
            }
        } catch (RuntimeException e) {
            // a replica that cannot start (its port taken) must not leave the others running after the test
            pipeline.services.stop();
            throw e;
        }
        return pipeline;
    }

    public TestServers platform() {
        return platform;
    }

    public PlatformConfig config() {
        return platform.config();
    }

    public ServiceFleet services() {
        return services;
    }

    PipelineProbe probe() {
        return probe;
    }

    /** Starts (again) one replica of a stage with the pipeline's settings. */
    public void restart(String stage, int replica, boolean awaitReady) {
        services.startReplica(stage, replica, allowedHosts, settings, awaitReady);
    }

    /** A producer as a careful client uses it: acks=all, idempotent, records up to the topics' limit. */
    public KafkaProducer<byte[], byte[]> producer() {
        return probe.producer();
    }

    /** Everything a topic holds now, from its beginning. */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        return probe.readAll(topic);
    }

    /** The first record with this key on the topic (read from its beginning) within the timeout, or null. */
    public ConsumerRecord<byte[], byte[]> await(String topic, String key, Duration timeout) {
        Properties props = new Properties();
        props.putAll(config().kafkaClientProperties());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.DEAD_LETTER_MAX_MESSAGE_BYTES);
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (key.equals(PipelineProbe.key(record))) {
                        return record;
                    }
                }
            }
        }
        return null;
    }

    /** Readiness of replica 0 of every stage. */
    public Map<String, Boolean> ready() {
        Map<String, Boolean> ready = new TreeMap<>();
        ServiceFleet.STAGES.forEach(s -> ready.put(s, services.isReady(s)));
        return ready;
    }

    /** A service endpoint's JSON answer and status (health answers 503 with a body), or null when it does not answer. */
    public JsonNode getJson(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Json.MAPPER.readTree(response.body());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A service endpoint's text answer (metrics), or "" when it does not answer. */
    public String getText(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Polls every second until done (a server that restarts meanwhile counts as not yet), at most the timeout. */
    public static boolean waitUntil(BooleanSupplier done, Duration timeout) throws InterruptedException {
        return PipelineProbe.waitUntil(done, timeout);
    }

    @Override
    public void close() {
        services.stop();
    }
}
