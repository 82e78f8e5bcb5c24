package dev.newsflow.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.NewsIndexClient;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.testplatform.TestServers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Guarantee: nothing lost, nothing duplicated, no consumer stops, whatever process dies. A set of distinct pages
 * goes through the pipeline once undisturbed (the reference), then again while every service is killed with
 * SIGKILL once and restarted, the Kafka broker is restarted and Elasticsearch is stopped for 30 s. At the end
 * every page is one document, re-written by the disturbed run, equal to its reference (hash of the indexed
 * fields, the fetch time aside), and no page is in a dead-letter topic.
 * <p>
 * Suite size: 200 pages, faults in a fixed order. Full size ({@code e2e-tests/scripts/fault-run.sh}):
 * {@code -Dnewsflow.fault.pages=2000 -Dnewsflow.fault.random=true [-Dnewsflow.fault.replicas=2]}.
 */
class FaultToleranceIT {
    private static final int PAGES = Integer.getInteger("newsflow.fault.pages", 200);
    private static final int REPLICAS = Integer.getInteger("newsflow.fault.replicas", 1);
    private static final boolean RANDOM = Boolean.getBoolean("newsflow.fault.random");
    private static final long SEED = Long.getLong("newsflow.fault.seed", System.nanoTime());
    private static final Duration ELASTICSEARCH_OUTAGE = Duration.ofSeconds(30);

    private static PipelineUnderTest pipeline;
    private static TestServers platform;
    private static ServiceFleet services;
    private static PageServer server;
    private static PipelineProbe probe;
    private static String allowed;
    private static final Map<String, String> SETTINGS = Map.of("NEWSFLOW_FETCH_MAX_HOST_CONCURRENCY", "8", "NEWSFLOW_FETCH_MIN_HOST_DELAY", "PT0S");

    @BeforeAll
    static void start() throws Exception {
        server = new PageServer();
        allowed = "127.0.0.1:" + server.port();
        pipeline = PipelineUnderTest.start(ServiceFleet.STAGES, allowed, SETTINGS, REPLICAS);
        platform = pipeline.platform();
        services = pipeline.services();
        probe = pipeline.probe();
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPageEndsAsOneUnchangedDocumentDespiteKillsAndOutages() throws Exception {
        String run = Long.toHexString(SEED & 0xffffff);
        // contents of their own in each run: a platform folder reused across runs must not hold near-duplicates of them
        int first = new Random(SEED).nextInt(100_000) * 10_000;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            urls.add(server.add("/fault-" + run + "/" + i + ".html", SyntheticPages.html(first + i), "text/html; charset=utf-8"));
        }
        Map<String, String> urlOf = new LinkedHashMap<>();
        urls.forEach(u -> urlOf.put(DocIds.of(u), u));
        Set<String> ids = urlOf.keySet();

        Instant referenceStart = Instant.now();
        try (KafkaProducer<byte[], byte[]> producer = probe.producer()) {
            push(producer, urls);
        }
        // the waits grow with the run: the full-size runs (2,000 pages) take minutes on the 2 shared cores
        assertTrue(PipelineProbe.waitUntil(() -> probe.documents(ids).size() == PAGES, Duration.ofSeconds(Math.max(300, PAGES * 2L / 5))),
                "the undisturbed run indexes every page: " + probe.documents(ids).size() + "/" + PAGES);
        double referenceSeconds = Duration.between(referenceStart, Instant.now()).toMillis() / 1000.0;
        Map<String, String> reference = new LinkedHashMap<>();
        Map<String, JsonNode> referenceDocs = probe.documents(ids);
        Map<String, Instant> referenceFetch = new LinkedHashMap<>();
        referenceDocs.forEach((id, doc) -> {
            reference.put(id, PipelineProbe.contentHash(doc));
            referenceFetch.put(id, fetchedAt(doc));
        });

        List<Fault> faults = faults();
        if (RANDOM) {
            Collections.shuffle(faults, new Random(SEED));
        }
        Random pauses = new Random(SEED + 1);
        List<List<String>> chunks = chunks(urls, faults.size());
        Instant faultStart = Instant.now();
        List<String> applied = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = probe.producer()) {
            for (int i = 0; i < faults.size(); i++) {
                push(producer, chunks.get(i));
                Thread.sleep(RANDOM ? pauses.nextInt(4000) : 1000);
                Instant t = Instant.now();
                faults.get(i).apply();
                applied.add(faults.get(i).name() + " (" + Duration.between(t, Instant.now()).toSeconds() + " s)");
            }
        }
        boolean settled = PipelineProbe.waitUntil(() -> rewritten(ids, referenceFetch) == PAGES && probe.totalLag() == 0, Duration.ofSeconds(Math.max(480, PAGES * 3L / 5)));
        double faultSeconds = Duration.between(faultStart, Instant.now()).toMillis() / 1000.0;

        Map<String, JsonNode> docs = probe.documents(ids);
        int rewritten = rewritten(ids, referenceFetch);
        List<String> different = new ArrayList<>();
        docs.forEach((id, doc) -> {
            if (!reference.get(id).equals(PipelineProbe.contentHash(doc))) {
                different.add(urlOf.get(id) + " " + PipelineProbe.differences(referenceDocs.get(id), doc));
            }
        });
        long copies = new NewsIndexClient(platform.config().elasticsearch()).countMatching("url",
                "http://127.0.0.1:" + server.port() + "/fault-" + run + "/*");
        List<String> deadLettered = deadLettered(new HashSet<>(urls), ids);

        System.out.printf("%nFAULT RUN (seed %d, %s faults, %d replica(s) per service)%n", SEED, RANDOM ? "random" : "fixed", REPLICAS);
        System.out.printf("  pages %d; undisturbed run %.1f s (%.1f pages/s); run with faults %.1f s (%.1f pages/s)%n",
                PAGES, referenceSeconds, PAGES / referenceSeconds, faultSeconds, PAGES / faultSeconds);
        System.out.printf("  faults: %s%n", String.join(", ", applied));
        System.out.printf("  documents %d (index copies of these URLs %d), re-written by the faulty run %d, equal to reference %d, dead-lettered %d, lag %s%n",
                docs.size(), copies, rewritten, docs.size() - different.size(), deadLettered.size(), probe.lag());

        assertTrue(settled, "the pipeline caught up after the faults: rewritten " + rewritten + "/" + PAGES + ", lag " + probe.lag());
        assertEquals(PAGES, docs.size(), "one document per page, none lost");
        assertEquals(PAGES, copies, "exactly one document per page URL");
        assertEquals(PAGES, rewritten, "every page went through the whole pipeline again during the faults");
        assertEquals(List.of(), different, "every document equals the undisturbed run's");
        assertEquals(List.of(), deadLettered, "no valid page in a dead-letter topic");
    }

    private int rewritten(Set<String> ids, Map<String, Instant> referenceFetch) {
        int n = 0;
        for (var e : probe.documents(ids).entrySet()) {
            n += fetchedAt(e.getValue()).isAfter(referenceFetch.get(e.getKey())) ? 1 : 0;
        }
        return n;
    }

    private static Instant fetchedAt(JsonNode doc) {
        return OffsetDateTime.parse(doc.path("fetchedAt").asText()).toInstant();
    }

    private static void push(KafkaProducer<byte[], byte[]> producer, List<String> urls) throws Exception {
        List<Future<?>> sends = new ArrayList<>();
        for (String url : urls) {
            byte[] value = Json.write(new UrlRequest(UrlRequest.SCHEMA_VERSION, url, "fault-test", true)).getBytes(StandardCharsets.UTF_8);
            sends.add(producer.send(new ProducerRecord<>(Topics.URLS, url.getBytes(StandardCharsets.UTF_8), value)));
        }
        for (Future<?> send : sends) {
            send.get();
        }
    }

    private static List<List<String>> chunks(List<String> all, int n) {
        List<List<String>> chunks = new ArrayList<>();
        int size = (all.size() + n - 1) / n;
        for (int i = 0; i < n; i++) {
            chunks.add(all.subList(Math.min(all.size(), i * size), Math.min(all.size(), (i + 1) * size)));
        }
        return chunks;
    }

    private List<String> deadLettered(Set<String> urls, Set<String> ids) {
        List<String> found = new ArrayList<>();
        for (String topic : Topics.DEAD_LETTERS) {
            for (ConsumerRecord<byte[], byte[]> record : probe.readAll(topic)) {
                String key = PipelineProbe.key(record);
                if (key != null && (urls.contains(key) || ids.contains(key))) {
                    found.add(topic + ": " + key + " (" + PipelineProbe.header(record, "dead-letter-reason") + ")");
                }
            }
        }
        return found;
    }

    private interface Action {
        void run() throws Exception;
    }

    private record Fault(String name, Action action) {
        void apply() throws Exception {
            action.run();
        }
    }

    private List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        Random replicas = new Random(SEED + 2);
        for (String stage : ServiceFleet.STAGES) {
            int replica = RANDOM ? replicas.nextInt(REPLICAS) : 0;
            faults.add(new Fault("SIGKILL " + services.process(stage, replica).name(), () -> {
                ProcessHandle handle = services.process(stage, replica).handle().orElseThrow(() -> new AssertionError(stage + " is not running"));
                handle.destroyForcibly();
                handle.onExit().get();
                pipeline.restart(stage, replica, false);
                // index-service is ready only with Elasticsearch; wait for the process to answer at least
                PipelineProbe.waitUntil(() -> probe.status("http://127.0.0.1:" + services.port(stage, replica) + "/q/health/live") > 0, Duration.ofMinutes(2));
            }));
        }
        faults.add(new Fault("restart Kafka", () -> {
            platform.kafka().stop();
            platform.kafka().start();
        }));
        faults.add(new Fault("stop Elasticsearch " + ELASTICSEARCH_OUTAGE.toSeconds() + " s", () -> {
            platform.elasticsearch().stop();
            Thread.sleep(ELASTICSEARCH_OUTAGE.toMillis());
            platform.elasticsearch().start();
        }));
        return faults;
    }
}
