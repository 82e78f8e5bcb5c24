package dev.newsflow.e2e.bench;

import dev.newsflow.clean.CleanInputs;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.RawPageRecord;
import dev.newsflow.local.KafkaTools;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.PlatformConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;

/**
 * What compression between the stages costs per document, codec by codec, in one run: the load benchmark's pages as
 * {@code pages.raw} envelopes and their {@code pages.clean} JSON, produced with the services' producer settings
 * (acks=all, idempotence, linger 5 ms) and consumed back; CPU of this JVM's producer and consumer threads and of the
 * broker (which decompresses every batch to validate it), per document, and bytes on the wire. Rounds alternate the
 * codecs so a change of the machine's load hits them alike.
 * Run: {@code ./mvnw -q -pl e2e-tests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.newsflow.e2e.bench.CompressionBenchmark -Dexec.args="[pages] [rounds] [codecs]"} (ports exported as for
 * {@code ./pipeline}; codecs default {@code none,lz4,zstd}; lz4 needs the lz4 library on the broker's classpath).
 */
public final class CompressionBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> codecs = List.of((args.length > 2 ? args[2] : "none,lz4,zstd").split(","));
        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of("NEWSFLOW_HOME",
                PlatformConfig.fromEnvironment().projectRoot().resolve("target/load-platform").toString()));
        LocalPlatform platform = new LocalPlatform(config);
        try {
            platform.exclusively(() -> platform.kafka().start());
            run(config, platform.kafka().process().handle().orElseThrow().pid(), n, rounds, codecs);
        } finally {
            platform.stop();
        }
        System.exit(0);
    }

    private static void run(PlatformConfig config, long brokerPid, int n, int rounds, List<String> codecs) throws Exception {
        List<byte[]> raw = new ArrayList<>(n);
        List<byte[]> clean = new ArrayList<>(n);
        Cleaner cleaner = Cleaner.withDefaults();
        for (int i = 0; i < n; i++) {
            NewsPages.Page p = NewsPages.page(i);
            String url = "http://127.0.0." + (2 + i % 50) + "/news/" + i + ".html";
            RawPage page = new RawPage(RawPage.SCHEMA_VERSION, DocIds.of(url), url, url, List.of(), 200,
                    Map.of("content-type", p.contentType()), "text/html", null, null, p.body(), false, OffsetDateTime.now(), "h" + i, "bench");
            raw.add(RawPageRecord.encode(page));
            clean.add(Json.write(cleaner.clean(CleanInputs.fromRawPage(page))).getBytes(StandardCharsets.UTF_8));
        }
        System.out.printf("compression between the stages: %,d pages.raw envelopes (%.1f KB avg) and their pages.clean JSON (%.1f KB avg); "
                        + "load average at start %s%n", n, avg(raw) / 1024, avg(clean) / 1024, ProcessMeter.loadAverage());
        Map<String, Object> connection = config.kafkaClientProperties();
        String tag = Long.toString(System.currentTimeMillis(), 36);
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT and the broker, not counted
            for (String codec : codecs) {
                for (String kind : List.of("raw", "clean")) {
                    double[] r = measure(connection, brokerPid, "bench-" + kind + "-" + codec + "-" + tag + "-" + round, codec,
                            kind.equals("raw") ? raw : clean);
                    if (round > 0) {
                        double[] s = sums.computeIfAbsent(kind + " " + codec, k -> new double[4]);
                        for (int i = 0; i < 4; i++) {
                            s[i] += r[i] / rounds;
                        }
                    }
                }
            }
            if (round > 0) {
                System.out.printf("  round %d done, load average %s%n", round, ProcessMeter.loadAverage());
            }
        }
        System.out.printf("%n%-12s %14s %14s %14s %14s %12s%n", "topic codec", "produce ms/doc", "consume ms/doc", "broker ms/doc",
                "total ms/doc", "bytes/doc");
        sums.forEach((name, s) -> System.out.printf("%-12s %14.3f %14.3f %14.3f %14.3f %12.0f%n", name, s[0], s[1], s[2], s[0] + s[1] + s[2], s[3]));
    }

    /** Produces all values to a fresh topic with the codec, consumes them back: CPU ms per document (producer, consumer, broker) and bytes per document. */
    private static double[] measure(Map<String, Object> connection, long brokerPid, String topic, String codec, List<byte[]> values) throws Exception {
        try (Admin admin = Admin.create(connection)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(Map.of("max.message.bytes", "16777216")))).all().get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Properties p = new Properties();
        p.putAll(connection);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("compression.type", codec);
        p.put("linger.ms", "5");
        p.put("max.request.size", "16777216");
        long broker0 = ProcessMeter.cpuMillis(brokerPid);
        long producerCpu;
        long bytes;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            long cpu0 = cpuOfThreads(threads, "kafka-producer-network-thread");
            long t0 = threads.getCurrentThreadCpuTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, "k" + i, values.get(i))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            producerCpu = threads.getCurrentThreadCpuTime() - t0 + cpuOfThreads(threads, "kafka-producer-network-thread") - cpu0;
        }
        Properties c = new Properties();
        c.putAll(connection);
        c.put("group.id", topic);
        c.put("auto.offset.reset", "earliest");
        c.put("max.partition.fetch.bytes", "16842752");
        long consumerCpu;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long t0 = threads.getCurrentThreadCpuTime();
            int got = 0;
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (got < values.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    got += r.value() == null ? 0 : 1;
                }
            }
            consumerCpu = threads.getCurrentThreadCpuTime() - t0;
            if (got < values.size()) {
                throw new IllegalStateException("consumed " + got + " of " + values.size() + " from " + topic);
            }
        }
        long brokerCpu = ProcessMeter.cpuMillis(brokerPid) - broker0;
        bytes = topicBytes(connection, topic);
        try (Admin admin = Admin.create(connection)) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
        int n = values.size();
        return new double[]{producerCpu / 1e6 / n, consumerCpu / 1e6 / n, (double) brokerCpu / n, (double) bytes / n};
    }

    private static long topicBytes(Map<String, Object> connection, String topic) throws Exception {
        try (Admin admin = Admin.create(connection)) {
            var dirs = admin.describeLogDirs(List.of(1)).allDescriptions().get();
            long sum = 0;
            for (var dir : dirs.values()) {
                for (var e : dir.entrySet()) {
                    for (var replica : e.getValue().replicaInfos().entrySet()) {
                        if (replica.getKey().topic().equals(topic)) {
                            sum += replica.getValue().size();
                        }
                    }
                }
            }
            return sum;
        }
    }

    private static long cpuOfThreads(ThreadMXBean threads, String prefix) {
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static double avg(List<byte[]> values) {
        return values.stream().mapToInt(v -> v.length).average().orElse(0);
    }
}
