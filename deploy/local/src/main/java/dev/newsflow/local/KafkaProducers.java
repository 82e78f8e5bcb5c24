package dev.newsflow.local;

import dev.newsflow.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.util.Map;
import java.util.Properties;

/**
 * The producer settings of the pipeline command's Kafka clients, in one place: on top of the platform's client
 * properties (bootstrap and, when secured, SASL_SSL; {@link PlatformConfig#kafkaClientProperties()}).
 */
final class KafkaProducers {
    private KafkaProducers() {
    }

    /**
     * For records that must not be lost or doubled ({@code pages.raw} backfills, dead-letter replays), as the
     * services' own producers: every replica acknowledged, idempotent, records up to the topic limit, zstd.
     */
    static Properties lossless(Map<String, Object> connection) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return props;
    }

    /**
     * For URLs pushed by an operator: every replica acknowledged, and an unreachable broker reported within seconds
     * rather than the client's minutes.
     *
     * @param deliveryTimeoutMs how long one record may take from send to acknowledgement
     */
    static Properties urls(Map<String, Object> connection, int deliveryTimeoutMs) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return props;
    }
}
