package dev.newsflow.local;

import dev.newsflow.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;

/**
 * {@code ./pipeline replay TOPIC.dlq [--reason TEXT]}: re-injects dead-lettered records into the topic they came
 * from, after a fix, unchanged (key, value, the input's headers; the dead-letter headers dropped, a
 * {@code replayed-from} header added). Reads what the dead-letter topic holds when it starts, from its beginning;
 * with a reason, only records whose {@code dead-letter-reason} contains it (case-insensitive). Replaying twice
 * is harmless downstream (same document id, same fetch version); a record that fails again is dead-lettered again.
 */
public final class DeadLetterReplay {
    public static final String REPLAYED_FROM = "replayed-from";

    public record Result(String from, String to, long read, long replayed) {
    }

    private final java.util.Map<String, Object> clientProperties;

    /** @param clientProperties the platform's Kafka client properties: bootstrap and, when secured, SASL_SSL */
    public DeadLetterReplay(java.util.Map<String, Object> clientProperties) {
        this.clientProperties = clientProperties;
    }

    public Result replay(String deadLetterTopic, String reasonContains) {
        if (!Topics.DEAD_LETTERS.contains(deadLetterTopic)) {
            throw new IllegalArgumentException("'" + deadLetterTopic + "' is not a dead-letter topic; one of " + String.join(", ", Topics.DEAD_LETTERS));
        }
        String target = Topics.sourceOf(deadLetterTopic);
        String filter = reasonContains == null ? null : reasonContains.toLowerCase(Locale.ROOT);
        long read = 0;
        long replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(); KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<Future<?>> sends = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    if (filter != null && !header(record, "dead-letter-reason").toLowerCase(Locale.ROOT).contains(filter)) {
                        continue;
                    }
                    sends.add(producer.send(copy(record, target)));
                    replayed++;
                }
            }
            for (Future<?> send : sends) {
                send.get();
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new PlatformException("replay from " + deadLetterTopic + " failed: " + KafkaTools.rootMessage(e), e);
        }
        return new Result(deadLetterTopic, target, read, replayed);
    }

    static ProducerRecord<byte[], byte[]> copy(ConsumerRecord<byte[], byte[]> record, String target) {
        RecordHeaders headers = new RecordHeaders();
        boolean tombstone = false;
        for (Header h : record.headers()) {
            if (h.key().equals("dead-letter-tombstone")) {
                tombstone = true;
            } else if (!h.key().startsWith("dead-letter-") && !h.key().equals(REPLAYED_FROM)) {
                headers.add(h);
            }
        }
        headers.add(REPLAYED_FROM, (record.topic() + "-" + record.partition() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(target, null, record.key(), tombstone ? null : record.value(), headers);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.DEAD_LETTER_MAX_MESSAGE_BYTES);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(KafkaProducers.lossless(clientProperties), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
