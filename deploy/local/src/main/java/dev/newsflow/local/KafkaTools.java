package dev.newsflow.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Plain Kafka client work of the pipeline command: producing URLs, reading topic sizes and consumer lag. */
public final class KafkaTools {
    private final String bootstrap;
    private final Map<String, Object> connection;

    /** @param connection bootstrap servers and security properties (see {@link PlatformConfig#kafkaClientProperties()}) */
    public KafkaTools(Map<String, Object> connection) {
        this.connection = Map.copyOf(connection);
        this.bootstrap = String.valueOf(connection.get("bootstrap.servers"));
    }

    public KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Sends each value as-is (plain URL or JSON) to the topic, without a key: the ingest service derives the document id. */
    public void send(String topic, List<String> values) {
        try (KafkaProducer<String, String> producer = producer()) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value)).get(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new PlatformException(refusal(e).orElse("Kafka is not reachable at " + bootstrap + " (" + rootMessage(e) + "); is the platform up? Try ./pipeline up"), e);
        }
    }

    /** Messages ever written to each topic (sum of end offsets). */
    public Map<String, Long> topicSizes(List<String> topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                    description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            Map<String, Long> sizes = new java.util.LinkedHashMap<>();
            topics.forEach(t -> sizes.put(t, ends.entrySet().stream().filter(e -> e.getKey().topic().equals(t)).mapToLong(Map.Entry::getValue).sum()));
            return sizes;
        } catch (Exception e) {
            throw new PlatformException("cannot read topics from Kafka at " + bootstrap + ": " + rootMessage(e), e);
        }
    }

    /** Records of the topic the group has not yet committed. */
    public long lag(String group, String topic) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var entry : admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata done = committed.get(entry.getKey());
                lag += entry.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new PlatformException("cannot read consumer lag from Kafka at " + bootstrap + ": " + rootMessage(e), e);
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.putAll(connection);
        props.put("request.timeout.ms", 5000);
        props.put("default.api.timeout.ms", 10000);
        return Admin.create(props);
    }

    /** One sentence when Kafka refused the client's credentials or certificate, naming the protocol used (never a secret). */
    private java.util.Optional<String> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.AuthenticationException) {
                return java.util.Optional.of("Kafka at " + bootstrap + " refused the credentials ("
                        + dev.newsflow.connections.KafkaClientSecurity.describe(connection) + "): " + t.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
