package dev.newsflow.e2e.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where a phase's push-to-searchable latency goes, from the create times of the documents' records in the topics
 * between the stages (each stage stamps its output record when it sends it): push to {@code pages.raw} (ingest),
 * {@code pages.raw} to {@code pages.clean} (clean), {@code pages.clean} to {@code pages.enriched} (extract), and
 * {@code pages.enriched} to searchable (index-service's bulk and Elasticsearch's refresh).
 */
final class HopLatency {
    private final Map<String, Object> connection;

    HopLatency(Map<String, Object> connection) {
        this.connection = Map.copyOf(connection);
    }

    /**
     * @param topics      the topics between the stages, in pipeline order, each keyed by document id
     * @param since       wall-clock millis of the phase's start (records before it are not read)
     * @param pushedAt    document id to wall-clock millis of its push
     * @param searchable  document id to wall-clock millis it was first seen searchable
     * @return one line per hop: p50/p95/p99 in seconds
     */
    String describe(List<String> topics, long since, Map<String, Long> pushedAt, Map<String, Long> searchable) {
        List<Map<String, Long>> stamps = new ArrayList<>();
        stamps.add(pushedAt);
        for (String topic : topics) {
            stamps.add(createTimes(topic, since));
        }
        stamps.add(searchable);
        List<String> names = new ArrayList<>();
        names.add("push");
        names.addAll(topics);
        names.add("searchable");
        StringBuilder s = new StringBuilder();
        for (int hop = 0; hop + 1 < stamps.size(); hop++) {
            Map<String, Long> from = stamps.get(hop);
            Map<String, Long> to = stamps.get(hop + 1);
            long[] ms = from.entrySet().stream().filter(e -> to.containsKey(e.getKey()))
                    .mapToLong(e -> to.get(e.getKey()) - e.getValue()).sorted().toArray();
            s.append(String.format("  %-32s %s%n", names.get(hop) + " -> " + names.get(hop + 1), percentiles(ms)));
        }
        return s.toString();
    }

    private static String percentiles(long[] sorted) {
        if (sorted.length == 0) {
            return "no samples";
        }
        return String.format("p50 %5.2f s, p95 %5.2f s, p99 %5.2f s (%d)", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.length);
    }

    /** The p-th percentile of sorted milliseconds, in seconds. */
    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    /** Key to the create time of its first record in the topic since {@code since}. */
    private Map<String, Long> createTimes(String topic, long since) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put("enable.auto.commit", false);
        props.put("max.partition.fetch.bytes", 64 * 1024 * 1024);
        props.put("fetch.max.bytes", 64 * 1024 * 1024);
        Map<String, Long> times = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(p -> query.put(p, since));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp start = starts.get(p);
                consumer.seek(p, start == null ? ends.get(p) : start.offset());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && !partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null) {
                        times.putIfAbsent(r.key(), r.timestamp());
                    }
                }
            }
        }
        return times;
    }
}
