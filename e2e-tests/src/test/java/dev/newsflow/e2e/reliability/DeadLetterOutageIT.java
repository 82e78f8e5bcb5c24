package dev.newsflow.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Guarantee: a dead-letter send that keeps failing holds its record (never skipped, never committed), is shown in
 * readiness ({@code kafka-delivery} DOWN naming the dead-letter topic and the reason) and in
 * {@code newsflow_delivery_retries_total}, does not close the consumer (liveness stays UP), and lands by itself once
 * the dead-letter topic accepts it again. Over the real broker: {@code pages.raw.dlq} is made to refuse every record
 * ({@code max.message.bytes} 64) while clean-service must dead-letter a poison record, then restored.
 */
class DeadLetterOutageIT {
    private static final String DLQ = Topics.deadLetter(Topics.PAGES_RAW);
    private static PipelineUnderTest pipeline;

    @BeforeAll
    static void start() {
        pipeline = PipelineUnderTest.start(List.of("clean"), "127.0.0.1:1", Map.of(), 1);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            limit(Topics.DEAD_LETTER_MAX_MESSAGE_BYTES);
        } finally {
            if (pipeline != null) {
                pipeline.close();
            }
        }
    }

    @Test
    void aDeadLetterTopicThatRefusesWritesHoldsTheRecordShowsInHealthAndRecovers() throws Exception {
        String clean = pipeline.services().url("clean");
        String key = "dlq-outage-" + Long.toHexString(System.nanoTime());
        double retriesBefore = metric(clean, "newsflow_delivery_retries_total", "destination=\"" + DLQ + "\"");
        double deadLettersBefore = metric(clean, "newsflow_dead_letters_total", "topic=\"" + Topics.PAGES_RAW + "\"");
        limit(64);
        try (KafkaProducer<byte[], byte[]> producer = pipeline.producer()) {
            producer.send(new ProducerRecord<>(Topics.PAGES_RAW, key.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8))).get();
        }

        assertTrue(PipelineUnderTest.waitUntil(() -> deliveryCheck(clean).contains(DLQ), Duration.ofMinutes(2)),
                "readiness names the dead-letter topic it cannot write: " + pipeline.getJson(clean + "/q/health/ready"));
        JsonNode ready = pipeline.getJson(clean + "/q/health/ready");
        System.out.printf("%nDEAD-LETTER OUTAGE: readiness while %s refuses writes: %s%n", DLQ, ready);
        assertEquals("DOWN", ready.path("status").asText(), "the service is not ready while a dead letter waits");
        assertTrue(deliveryCheck(clean).toLowerCase().contains("larger than") || deliveryCheck(clean).toLowerCase().contains("too large"),
                "with Kafka's reason: " + deliveryCheck(clean));
        Thread.sleep(5_000);
        assertEquals("UP", pipeline.getJson(clean + "/q/health/live").path("status").asText(), "the consumer is not closed: " + pipeline.getJson(clean + "/q/health/live"));
        assertTrue(metric(clean, "newsflow_delivery_retries_total", "destination=\"" + DLQ + "\"") > retriesBefore, "the retries are counted");
        assertNull(find(key), "the record is not in the dead-letter topic yet");
        assertTrue(pipeline.probe().lag().get(Topics.PAGES_RAW) >= 1, "its offset is not committed (nothing skipped): " + pipeline.probe().lag());

        limit(Topics.DEAD_LETTER_MAX_MESSAGE_BYTES);
        assertTrue(PipelineUnderTest.waitUntil(() -> find(key) != null, Duration.ofMinutes(2)), "the dead letter lands once the topic accepts it");
        String reason = PipelineProbe.header(find(key), "dead-letter-reason");
        assertNotNull(reason, "with its reason");
        assertTrue(PipelineUnderTest.waitUntil(() -> pipeline.services().isReady("clean"), Duration.ofMinutes(1)),
                "ready again: " + pipeline.getJson(clean + "/q/health/ready"));
        assertTrue(PipelineUnderTest.waitUntil(() -> pipeline.probe().lag().get(Topics.PAGES_RAW) == 0, Duration.ofMinutes(1)),
                "the offset is committed after the dead letter landed: " + pipeline.probe().lag());
        assertTrue(metric(clean, "newsflow_dead_letters_total", "topic=\"" + Topics.PAGES_RAW + "\"") > deadLettersBefore, "and counted");
        System.out.printf("  landed with reason \"%s\"; retries counted %.0f; ready again; lag %s%n", reason,
                metric(clean, "newsflow_delivery_retries_total", "destination=\"" + DLQ + "\"") - retriesBefore, pipeline.probe().lag());
    }

    /** Sets the dead-letter topic's largest accepted record through the admin client. */
    private static void limit(int maxMessageBytes) throws Exception {
        if (pipeline == null) {
            return;
        }
        Properties props = new Properties();
        props.putAll(pipeline.config().kafkaClientProperties());
        try (Admin admin = Admin.create(props)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, DLQ);
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxMessageBytes)), AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    private static org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> find(String key) {
        return pipeline.readAll(DLQ).stream().filter(r -> key.equals(PipelineProbe.key(r))).findFirst().orElse(null);
    }

    /** The text of the kafka-delivery readiness check (status and data), "" when absent. */
    private static String deliveryCheck(String service) {
        JsonNode ready = pipeline.getJson(service + "/q/health/ready");
        if (ready == null) {
            return "";
        }
        for (JsonNode check : ready.path("checks")) {
            if ("kafka-delivery".equals(check.path("name").asText())) {
                return check.toString();
            }
        }
        return "";
    }

    /** Sum of a Prometheus counter's samples whose labels contain the given text. */
    private static double metric(String service, String name, String label) {
        double sum = 0;
        for (String line : pipeline.getText(service + "/q/metrics").split("\n")) {
            if (line.startsWith(name + "{") && line.contains(label)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
