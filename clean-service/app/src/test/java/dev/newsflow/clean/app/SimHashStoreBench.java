package dev.newsflow.clean.app;

import dev.newsflow.contracts.Json;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.PlatformConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cost of the near-duplicate check against the number of stored fingerprints (10,000, then 1,000,000 synthetic
 * ones: random hashes plus 10 % clustered variants), and, in the same run, the cost of indexing a ~10 KB Chinese news
 * document with raw {@code _bulk} on the same node. Prints Elasticsearch CPU per lookup (from the node's process)
 * and lookups/s, one caller at a time (batch of 1) and 32 concurrent callers (batched rounds).
 * Run: {@code clean-service/app/bench/simhash-store.sh [stored sizes, default 10000 1000000]}.
 */
public final class SimHashStoreBench {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int LOOKUPS = 4_000;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length > 0 ? Arrays.stream(args).map(Integer::parseInt).toList() : List.of(10_000, 1_000_000);
        LocalPlatform platform = new LocalPlatform(PlatformConfig.fromEnvironment(Map.of(
                "NEWSFLOW_HOME", PlatformConfig.fromEnvironment().projectRoot().resolve("target/simhash-bench-platform").toString())));
        platform.exclusively(platform.elasticsearch()::start);
        String es = platform.config().elasticsearchUrl();
        ProcessHandle node = platform.elasticsearch().process().handle().orElseThrow();
        System.out.println("Elasticsearch " + es + " (pid " + node.pid() + "); machine load at start: " + loadAverage());

        double indexCpu = indexingCostPerDocument(es, node);
        System.out.printf("baseline: raw _bulk of 5,000 ~10 KB Chinese documents: Elasticsearch %.3f ms CPU per document%n", indexCpu);

        request(es, "DELETE", "/" + ElasticsearchSimHashStore.INDEX, null);
        Random random = new Random(42);
        List<Long> stored = new ArrayList<>();
        try (ElasticsearchSimHashStore store = new ElasticsearchSimHashStore(dev.newsflow.connections.ElasticsearchSettings.unsecured(es))) {
            store.ensureIndex();
            for (int size : sizes) {
                load(es, stored, size, random);
                request(es, "POST", "/" + ElasticsearchSimHashStore.INDEX + "/_forcemerge?max_num_segments=1", null);
                request(es, "POST", "/" + ElasticsearchSimHashStore.INDEX + "/_refresh", null);
                warm(store, random);
                measure(store, node, stored, size, 1, random, indexCpu);
                measure(store, node, stored, size, 32, random, indexCpu);
            }
        }
        request(es, "DELETE", "/" + ElasticsearchSimHashStore.INDEX, null);
        platform.elasticsearch().stop();
        System.exit(0);
    }

    private static void measure(ElasticsearchSimHashStore store, ProcessHandle node, List<Long> stored, int size, int callers,
                                Random random, double indexCpu) throws Exception {
        long[] queries = new long[LOOKUPS];
        boolean[] nearOne = new boolean[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            nearOne[i] = i % 10 == 0;
            queries[i] = nearOne[i] ? flip(stored.get(random.nextInt(stored.size())), 1 + random.nextInt(3), random) : random.nextLong();
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long cpu0 = cpu(node);
        long t0 = System.nanoTime();
        List<Future<Optional<String>>> answers = new ArrayList<>();
        for (int i = 0; i < LOOKUPS; i++) {
            long q = queries[i];
            String id = "q" + System.nanoTime() + "-" + i;
            answers.add(pool.submit(() -> store.findNear(id, q, 3)));
        }
        int found = 0;
        int expected = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            boolean hit = answers.get(i).get().isPresent();
            if (nearOne[i]) {
                expected++;
                found += hit ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuPerLookup = (double) (cpu(node) - cpu0) / LOOKUPS;
        pool.shutdown();
        System.out.printf("stored %,9d  callers %2d: %,6.0f lookups/s, Elasticsearch %.3f ms CPU per lookup = %.2f x indexing a document; "
                        + "near variants found %d of %d%n", size, callers, LOOKUPS / seconds, cpuPerLookup, cpuPerLookup / indexCpu, found, expected);
    }

    private static void warm(ElasticsearchSimHashStore store, Random random) {
        for (int i = 0; i < 300; i++) {
            store.findNear("warm-" + i, random.nextLong(), 3);
        }
    }

    /** Bulk-loads synthetic fingerprints in the store's own format until {@code size} are stored. */
    private static void load(String es, List<Long> stored, int size, Random random) throws Exception {
        long t0 = System.nanoTime();
        StringBuilder body = new StringBuilder();
        int start = stored.size();
        for (int i = start; i < size; i++) {
            long h = i % 10 == 9 && !stored.isEmpty() ? flip(stored.get(random.nextInt(stored.size())), 1 + random.nextInt(6), random) : random.nextLong();
            stored.add(h);
            String id = "s" + i;
            body.append("{\"create\":{\"_id\":\"").append(id).append("\"}}\n")
                    .append(Json.write(ElasticsearchSimHashStore.document(id, h, 1_700_000_000_000L + i))).append('\n');
            if (body.length() > 4_000_000 || i == size - 1) {
                request(es, "POST", "/" + ElasticsearchSimHashStore.INDEX + "/_bulk", body.toString());
                body.setLength(0);
            }
        }
        System.out.printf("loaded %,d fingerprints (now %,d) in %.0f s%n", size - start, size, (System.nanoTime() - t0) / 1e9);
    }

    private static long flip(long h, int bits, Random random) {
        long out = h;
        while (Long.bitCount(out ^ h) < bits) {
            out ^= 1L << random.nextInt(64);
        }
        return out;
    }

    /** Elasticsearch CPU per document for raw _bulk of news-sized Chinese text, the cost the lookup must stay below. */
    private static double indexingCostPerDocument(String es, ProcessHandle node) throws Exception {
        String index = "/simhash-bench-news";
        request(es, "DELETE", index, null);
        request(es, "PUT", index, "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0}}");
        Random random = new Random(3);
        List<String> bodies = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the first round warms the node up
            bodies.clear();
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 5_000; i++) {
                body.append("{\"index\":{}}\n").append(Json.write(Map.of("title", text(random, 30), "text", text(random, 3_300),
                        "persons", List.of(text(random, 3)), "fetchedAt", "2026-12-01T10:00:00Z"))).append('\n');
                if ((i + 1) % 500 == 0) {
                    bodies.add(body.toString());
                    body.setLength(0);
                }
            }
            long cpu0 = cpu(node);
            for (String b : bodies) {
                request(es, "POST", index + "/_bulk", b);
            }
            request(es, "POST", index + "/_refresh", null);
            if (round == 1) {
                double perDoc = (double) (cpu(node) - cpu0) / 5_000;
                request(es, "DELETE", index, null);
                return perDoc;
            }
        }
        throw new IllegalStateException();
    }

    private static String text(Random random, int chars) {
        StringBuilder s = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            s.append(i % 25 == 24 ? '。' : (char) (0x4e00 + random.nextInt(3_000)));
        }
        return s.toString();
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String request(String es, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(es + path)).header("Content-Type", "application/x-ndjson");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400 && !"DELETE".equals(method)) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
