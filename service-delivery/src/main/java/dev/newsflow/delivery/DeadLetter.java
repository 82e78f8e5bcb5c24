package dev.newsflow.delivery;

import dev.newsflow.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;

/**
 * An input record that could not be processed, copied unchanged (key, value bytes, headers) with where it came
 * from and why, bound for its topic's dead-letter twin.
 */
public record DeadLetter(String topic, int partition, long offset, String key, byte[] value, Headers headers, String reason) {
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    public static DeadLetter of(ConsumerRecord<String, byte[]> record, String reason) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), record.value(), record.headers(), reason);
    }

    /** For channels that receive {@link Message}s (manual acknowledgement, batches) instead of consumer records. */
    public static DeadLetter of(Message<byte[]> message, String reason) {
        IncomingKafkaRecordMetadata<?, ?> meta = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka record"));
        Object key = meta.getKey();
        return new DeadLetter(meta.getTopic(), meta.getPartition(), meta.getOffset(), key == null ? null : key.toString(),
                message.getPayload(), meta.getHeaders(), reason);
    }

    public String deadLetterTopic() {
        return Topics.deadLetter(topic);
    }

    /** The input's headers (less earlier dead-letter headers, when a replayed record fails again) plus ours. */
    public Headers outgoingHeaders() {
        RecordHeaders out = new RecordHeaders();
        if (headers != null) {
            headers.forEach(h -> {
                if (!h.key().startsWith("dead-letter-")) {
                    out.add(h);
                }
            });
        }
        out.add(REASON, reason.getBytes(StandardCharsets.UTF_8));
        out.add(TOPIC, topic.getBytes(StandardCharsets.UTF_8));
        out.add(PARTITION, Integer.toString(partition).getBytes(StandardCharsets.UTF_8));
        out.add(OFFSET, Long.toString(offset).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** For log lines: where the record was. */
    public String where() {
        return topic + "-" + partition + "@" + offset + (key == null ? "" : " (key " + key + ")");
    }
}
