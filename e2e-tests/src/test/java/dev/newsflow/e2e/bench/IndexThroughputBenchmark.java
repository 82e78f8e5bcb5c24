package dev.newsflow.e2e.bench;

import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Mention;
import dev.newsflow.contracts.Topics;
import dev.newsflow.index.DocumentMapper;
import dev.newsflow.index.IndexableDocument;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.local.PlatformConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Indexing throughput of index-service (Kafka in, BulkIngester out, offsets after acknowledgement) against raw
 * {@code _bulk} requests of the same documents to the same Elasticsearch node, in one run.
 * Run: {@code ./mvnw -q -pl e2e-tests exec:java -Dexec.mainClass=dev.newsflow.e2e.bench.IndexThroughputBenchmark -Dexec.classpathScope=test [-Dexec.args=10000]}
 * (after {@code ./mvnw -DskipTests install}). Prints documents per second of each and their ratio.
 */
public final class IndexThroughputBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int WARM_UP = 3_000;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        // a platform of its own (ports 39xxx, folder target/bench-platform), so that it shares nothing with tests
        LocalPlatform platform = new LocalPlatform(PlatformConfig.fromEnvironment(Map.of(
                "NEWSFLOW_HOME", PlatformConfig.fromEnvironment().projectRoot().resolve("target/bench-platform").toString(),
                "KAFKA_PORT", "39092", "KAFKA_CONTROLLER_PORT", "39093", "ES_PORT", "39200", "ES_TRANSPORT_PORT", "39300",
                "SERVICE_PORT_BASE", "38080", "TOPIC_PARTITIONS", "2")));
        platform.start();
        String es = platform.config().elasticsearchUrl();
        String run = "bench" + System.currentTimeMillis() + "-";
        List<EnrichedDocument> docs = documents(run, count);
        String warmRun = "warm" + System.currentTimeMillis() + "-";
        List<EnrichedDocument> warmDocs = documents(warmRun, WARM_UP);
        System.out.printf("documents: %d, %.1f KB each on average%n", count,
                docs.stream().mapToInt(d -> Json.write(d).length()).average().orElse(0) / 1024);

        // both measured phases start from an empty index: earlier runs' documents would make merges costlier for one of them
        request(es, "DELETE", "/news-v*", null);

        // 0. warm-up of Elasticsearch (JIT, caches), not measured
        DocumentMapper mapper = new DocumentMapper();
        request(es, "DELETE", "/news-v902", null);
        request(es, "PUT", "/news-v902", "{}");
        for (String bulk : bulkBodies(mapper, warmDocs)) {
            request(es, "POST", "/news-v902/_bulk", bulk);
        }
        request(es, "DELETE", "/news-v902", null);

        // 1. raw _bulk into a separate index version with the same template
        request(es, "DELETE", "/news-v900", null);
        request(es, "PUT", "/news-v900", "{}");
        List<String> bodies = bulkBodies(mapper, docs);
        long esCpuBefore = cpuMillis(platform.elasticsearch().process().handle());
        long start = System.nanoTime();
        for (String bulk : bodies) {
            request(es, "POST", "/news-v900/_bulk", bulk);
        }
        request(es, "POST", "/news-v900/_refresh", null);
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        long rawCount = count(es, "/news-v900/_count");
        double raw = rawCount / rawSeconds;
        long esCpuRaw = cpuMillis(platform.elasticsearch().process().handle()) - esCpuBefore;
        System.out.printf("raw _bulk (500 per request, one client): %d docs in %.2f s = %.0f docs/s; Elasticsearch CPU %.2f ms/doc%n",
                rawCount, rawSeconds, raw, (double) esCpuRaw / rawCount);

        // 1b. the same, two requests in flight (index-service's writer also keeps two in flight)
        request(es, "DELETE", "/news-v901", null);
        request(es, "PUT", "/news-v901", "{}");
        long start2 = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> sent = new ArrayList<>();
        for (String bulk : bodies) {
            sent.add(pool.submit(() -> request(es, "POST", "/news-v901/_bulk", bulk)));
        }
        for (var f : sent) {
            f.get();
        }
        pool.shutdown();
        request(es, "POST", "/news-v901/_refresh", null);
        double raw2Seconds = (System.nanoTime() - start2) / 1e9;
        double raw2 = count(es, "/news-v901/_count") / raw2Seconds;
        System.out.printf("raw _bulk (500 per request, two in flight): %.2f s = %.0f docs/s%n", raw2Seconds, raw2);
        request(es, "DELETE", "/news-v901", null);

        // 2. the same documents through Kafka and index-service
        Properties props = new Properties();
        props.putAll(platform.config().kafkaClientProperties());
        props.put("linger.ms", 20);
        props.put("compression.type", "zstd");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (EnrichedDocument d : warmDocs) {
                producer.send(new ProducerRecord<>(Topics.PAGES_ENRICHED, d.docId, Json.write(d)));
            }
            for (EnrichedDocument d : docs) {
                producer.send(new ProducerRecord<>(Topics.PAGES_ENRICHED, d.docId, Json.write(d)));
            }
            producer.flush();
        }
        ServiceFleet services = new ServiceFleet(platform.config());
        long serviceStart = System.nanoTime();
        services.start(List.of("index"), "");
        // the service first works through the warm-up records (JIT, connections); measuring starts when they are in.
        // Progress is read from the service's own counter of acknowledged documents, which puts no load on Elasticsearch.
        String metricsUrl = services.url("index") + "/q/metrics";
        while (indexedCounter(metricsUrl) < WARM_UP && (System.nanoTime() - serviceStart) < 300e9) {
            Thread.sleep(50);
        }
        long before = indexedCounter(metricsUrl) - WARM_UP;
        long esCpuStart = cpuMillis(platform.elasticsearch().process().handle());
        long serviceCpuStart = cpuMillis(services.process("index").handle());
        long ready = System.nanoTime();
        long indexed = before;
        while (indexed < count && (System.nanoTime() - ready) < 600e9) {
            Thread.sleep(200);
            indexed = indexedCounter(metricsUrl) - WARM_UP;
        }
        double serviceSeconds = (System.nanoTime() - ready) / 1e9;
        double service = (indexed - before) / serviceSeconds;
        double esCpuPerDoc = (double) (cpuMillis(platform.elasticsearch().process().handle()) - esCpuStart) / (indexed - before);
        double serviceCpuPerDoc = (double) (cpuMillis(services.process("index").handle()) - serviceCpuStart) / (indexed - before);
        services.stop();
        long inIndex = countRun(es, run, true);
        System.out.printf("documents of the run found in the index afterwards: %d of %d%n", inIndex, count);
        System.out.printf("index-service: %d docs indexed after its %d warm-up documents (%d before) in %.2f s = %.0f docs/s%n",
                indexed - before, WARM_UP, before, serviceSeconds, service);
        System.out.printf("CPU per document: index-service %.2f ms, Elasticsearch %.2f ms (2 cores shared by both)%n", serviceCpuPerDoc, esCpuPerDoc);
        System.out.printf("ratio index-service / raw _bulk = %.2f against one client, %.2f against two in flight (target >= 0.80)%n",
                service / raw, service / raw2);
        request(es, "DELETE", "/news-v900", null);
        platform.stop();
        System.exit(0);
    }

    /** newsflow_records_total{stage="index",outcome="indexed"} of the running service. */
    private static long indexedCounter(String metricsUrl) throws Exception {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(metricsUrl)).build(), HttpResponse.BodyHandlers.ofString()).body();
        for (String line : text.split("\n")) {
            if (line.startsWith("newsflow_records_total{") && line.contains("outcome=\"indexed\"") && line.contains("stage=\"index\"")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    /** Without a forced refresh while indexing runs (a refresh every poll would slow the node down); refresh_interval is 1 s. */
    private static long countRun(String es, String run, boolean refresh) throws Exception {
        if (refresh) {
            request(es, "POST", "/news/_refresh", null);
        }
        String q = Json.write(Map.of("query", Map.of("prefix", Map.of("docId", run))));
        return Json.MAPPER.readTree(request(es, "POST", "/news/_count", q)).path("count").asLong();
    }

    /** CPU time of a process and its children so far (Elasticsearch's server JVM is the pid-file process). */
    private static long cpuMillis(java.util.Optional<ProcessHandle> process) {
        return process.map(p -> p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L)).orElse(0L);
    }

    private static long count(String es, String path) throws Exception {
        return Json.MAPPER.readTree(request(es, "GET", path, null)).path("count").asLong();
    }

    private static String request(String es, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(es + path)).header("Content-Type", "application/x-ndjson");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<String> bulkBodies(DocumentMapper mapper, List<EnrichedDocument> docs) {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            IndexableDocument d = mapper.fromDocument(docs.get(i));
            body.append(Json.write(Map.of("index", Map.of("_id", d.docId(), "version", d.version(), "version_type", "external_gte"))))
                    .append("\n").append(new String(d.source(), java.nio.charset.StandardCharsets.UTF_8)).append("\n");
            if ((i + 1) % 500 == 0 || i == docs.size() - 1) {
                bodies.add(body.toString());
                body.setLength(0);
            }
        }
        return bodies;
    }

    /** Realistic documents: seed text paragraphs, entities, segmented text. */
    private static List<EnrichedDocument> documents(String run, int count) throws Exception {
        String seed = Files.readString(PlatformConfig.fromEnvironment().projectRoot().resolve("seeds/000_a3ac9358073b0112.txt"));
        List<EnrichedDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EnrichedDocument d = new EnrichedDocument();
            d.docId = run + i;
            d.url = "http://bench.example/" + i;
            d.host = "bench.example";
            d.title = "楼阳生主持召开省委专题会议 " + i;
            int from = (i * 97) % Math.max(1, seed.length() - 3000);
            d.text = seed.substring(from, from + 3000);
            d.segmentedText = String.join(" ", d.text.split(""));
            d.summary = d.text.substring(0, 120);
            d.source = i % 2 == 0 ? "山西日报" : "临汾新闻网";
            d.flags = i % 10 == 0 ? List.of("spam_injected") : List.of();
            d.keywords = List.of("疫情防控", "专题会议", "省委");
            d.publishedAt = OffsetDateTime.parse("2020-02-01T08:00:00+08:00").plusHours(i % 500);
            d.fetchedAt = OffsetDateTime.parse("2026-11-22T10:00:00Z");
            d.entities = List.of(
                    new Entity(EntityType.PERSON, "楼阳生", 2, List.of(new Mention(0, 3), new Mention(10, 13)), List.of("省委书记"), null, null, null, null, null, null),
                    new Entity(EntityType.PLACE, "山西", 1, List.of(new Mention(20, 22)), null, "province", null, null, null, null, null),
                    new Entity(EntityType.ORGANIZATION, "省委", 3, List.of(new Mention(30, 32)), null, null, null, null, null, null, null));
            docs.add(d);
        }
        return docs;
    }
}
