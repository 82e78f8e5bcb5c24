package dev.newsflow.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.newsflow.contracts.UrlKeys;
import dev.newsflow.contracts.UrlRequest;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
        return new KafkaProducer<>(KafkaProducers.urls(connection, 20_000), new StringSerializer(), new StringSerializer());
    }

    /** Sends each value as-is (plain URL or JSON) to the topic, keyed by the URL's host ({@link UrlKeys}). */
    public void send(String topic, List<String> values) {
        send(topic, values.iterator(), null);
    }

    /**
     * Sends the values asynchronously (the producer batches them; nothing waits per record), keyed by host so that
     * one host's URLs reach one ingest replica. Returns once Kafka acknowledged every record.
     *
     * @param progress where to print a line a second for large inputs (sent, acknowledged, rate), or null
     * @return the number of records sent
     */
    public long send(String topic, Iterator<String> values, PrintStream progress) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong acked = new AtomicLong();
        long sent = 0;
        long started = System.nanoTime();
        long nextReport = started + TimeUnit.SECONDS.toNanos(1);
        try (KafkaProducer<String, String> producer = bulkProducer()) {
            while (values.hasNext() && failure.get() == null) {
                String value = values.next();
                producer.send(new ProducerRecord<>(topic, UrlKeys.of(requestUrl(value)), value), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    } else {
                        acked.incrementAndGet();
                    }
                });
                sent++;
                if (progress != null && System.nanoTime() >= nextReport) {
                    nextReport += TimeUnit.SECONDS.toNanos(1);
                    progress.printf("  sent %,d, acknowledged %,d (%,.0f URLs/s)%n", sent, acked.get(), sent / seconds(started));
                }
            }
            producer.flush();
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
        if (failure.get() != null) {
            throw new PlatformException(refusal(failure.get()).orElse("Kafka is not reachable at " + bootstrap + " (" + rootMessage(failure.get())
                    + "); is the platform up? Try ./pipeline up") + ". " + acked.get() + " of " + sent + " records were acknowledged.", failure.get());
        }
        if (progress != null && seconds(started) >= 1) {
            progress.printf("  sent %,d in %.1f s (%,.0f URLs/s)%n", sent, seconds(started), sent / seconds(started));
        }
        return sent;
    }

    private static double seconds(long startedNanos) {
        return Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
    }

    /** The URL of a {@code urls} value (plain or JSON), for its key; null when it has none. */
    private static String requestUrl(String value) {
        try {
            return UrlRequest.parse(value).url();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A producer for many small records: waits up to 10 ms to fill 256 KB batches, compressed with zstd (smallest on the wire, CPU within 0.1 ms per record of lz4: CompressionBenchmark). */
    private KafkaProducer<String, String> bulkProducer() {
        Properties props = KafkaProducers.urls(connection, 30_000);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
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
