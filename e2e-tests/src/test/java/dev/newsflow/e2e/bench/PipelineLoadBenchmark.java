package dev.newsflow.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.extract.Extractor;
import dev.newsflow.index.DocumentMapper;
import dev.newsflow.index.IndexableDocument;
import dev.newsflow.ingest.FetchOutcome;
import dev.newsflow.ingest.FetchPolicy;
import dev.newsflow.ingest.Fetcher;
import dev.newsflow.local.KafkaTools;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.PlatformConfig;
import dev.newsflow.local.ServiceFleet;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The whole pipeline under load, with its baselines measured in the same run. Prints:
 * <ul>
 *   <li>each stage's core alone, one thread (fetch, clean, extract, index mapping) and raw {@code _bulk} of the same
 *   documents (Elasticsearch CPU): CPU ms per document and their sum;</li>
 *   <li>N distinct generated pages from many loopback hosts pushed at full speed: documents/s end to end, CPU ms per
 *   document of every process (the four services, Kafka, Elasticsearch), peak RSS, the backlog in front of each
 *   stage over time, push-to-searchable latency, and the ratio pipeline CPU / sum of the cores;</li>
 *   <li>then pages pushed at 80 % of the measured capacity: push-to-searchable latency p50/p95/p99, each process's CPU
 *   per document, and the latency per hop between the stages ({@link HopLatency});</li>
 *   <li>producer speed: {@code ./pipeline push}'s sender and {@code POST /urls}, URLs/s.</li>
 * </ul>
 * Run through {@code e2e-tests/bench/load.sh [N] [hosts]}.
 */
public final class PipelineLoadBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> GROUPS = List.of("ingest-service", "clean-service", "extract-service", "index-service");
    private static final List<String> INPUTS = List.of(Topics.URLS, Topics.PAGES_RAW, Topics.PAGES_CLEAN, Topics.PAGES_ENRICHED);

    private final PlatformConfig config;
    private final LocalPlatform platform;
    private final ServiceFleet services;
    private final KafkaTools kafka;
    private final String es;
    private final LoopbackSites sites;
    private final String run = "r" + Long.toString(System.currentTimeMillis(), 36);

    private PipelineLoadBenchmark(int hosts) throws Exception {
        config = PlatformConfig.fromEnvironment(Map.of("NEWSFLOW_HOME",
                PlatformConfig.fromEnvironment().projectRoot().resolve("target/load-platform").toString()));
        platform = new LocalPlatform(config);
        services = new ServiceFleet(config);
        kafka = new KafkaTools(config.kafkaClientProperties());
        es = config.elasticsearchUrl();
        sites = new LoopbackSites(hosts, Integer.parseInt(System.getenv().getOrDefault("SEED_PORT", "8090")));
    }

    public static void main(String[] args) throws Exception {
        boolean producersOnly = args.length > 0 && args[0].equals("producers");
        int n = args.length > 0 && !producersOnly ? Integer.parseInt(args[0]) : 5_000;
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        PipelineLoadBenchmark bench = new PipelineLoadBenchmark(hosts);
        try {
            if (producersOnly) { // load.sh producers: only Kafka and ingest-service, only the producers' speed
                bench.platform.start();
                bench.services.start(List.of("ingest"), bench.sites.allowlist());
                for (int round = 1; round <= 3; round++) {
                    System.out.printf("round %d, load average %s%n", round, ProcessMeter.loadAverage());
                    bench.producerSpeed(20_000);
                }
            } else {
                bench.run(n, hosts);
            }
        } finally {
            bench.services.stop();
            bench.platform.stop();
            bench.sites.close();
        }
        System.exit(0);
    }

    private void run(int n, int hosts) throws Exception {
        System.out.printf("pipeline load benchmark: %,d pages from %d loopback hosts; %d cores; load average at start %s%n",
                n, hosts, Runtime.getRuntime().availableProcessors(), ProcessMeter.loadAverage());
        platform.start();
        services.start(ServiceFleet.STAGES, sites.allowlist());
        Map<String, Long> pids = pids();

        // 1. baselines, while the services idle (index-service has set up the index template)
        double[] cores = coreBaselines(Math.min(n, 1_500));
        double coreSum = Arrays.stream(cores).sum();

        // 2. warm-up through the pipeline (JIT, connections), not measured: rounds of 400 pages until the JIT compilers
        // take less than a tenth of the round's CPU (BENCH_WARM_JIT_SHARE, default 0.1; at most BENCH_WARM_ROUNDS rounds,
        // default 90; each round's figures are printed). On 2 cores six JVMs need 19,000-23,000 pages for that: methods
        // called once per document reach C2 late, and until then they run tier-3 profiled code while C2 takes 30-40 % of
        // the CPU. The baselines are measured in their steady state, so the pipeline is too: stopping at a fifth (the
        // earlier default, about 12,000 pages) left the compilers 2.0-3.7 ms/doc of the measured phases.
        int warm = 400;
        int warmRounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARM_ROUNDS", "90"));
        double warmJitShare = Double.parseDouble(System.getenv().getOrDefault("BENCH_WARM_JIT_SHARE", "0.1"));
        for (int round = 1; round <= warmRounds; round++) {
            Map<String, Long> c0 = cpu(pids);
            Map<String, Map<Long, Long>> j0 = jit(pids);
            Phase w = pushAndWait("warm" + round, 2_000_000 + (round - 1) * warm, warm, Double.POSITIVE_INFINITY, 1, Duration.ofMinutes(5));
            Map<String, Long> c1 = cpu(pids);
            Map<String, Map<Long, Long>> j1 = jit(pids);
            double all = 0;
            double compilers = 0;
            for (String name : pids.keySet()) {
                all += c1.get(name) - c0.get(name);
                compilers += ProcessMeter.compilerMillisBetween(j0.get(name), j1.get(name));
            }
            System.out.printf("warm-up round %d: %,d pages in %.1f s, pipeline %.1f CPU ms/doc of which JIT %.1f (%.0f %%); load average %s%n", round,
                    w.indexed, w.seconds, all / Math.max(1, w.indexed), compilers / Math.max(1, w.indexed), 100 * compilers / Math.max(1, all),
                    ProcessMeter.loadAverage());
            if (compilers < warmJitShare * all) {
                break;
            }
        }

        // 3. full speed (BENCH_JFR=DIR: a JFR recording of every service during this phase, DIR/<service>.jfr)
        String jfr = System.getenv("BENCH_JFR");
        if (jfr != null) {
            jfr(pids, "JFR.start", "name=bench", "settings=profile", "filename=" + Path.of(jfr).toAbsolutePath().resolve("SERVICE.jfr"));
        }
        Map<String, Long> cpu0 = cpu(pids);
        Map<String, Map<Long, Long>> jit0 = jit(pids);
        Map<String, Map<Long, Long>> gc0 = gc(pids);
        Phase full = pushAndWait(run, warm, n, Double.POSITIVE_INFINITY, 5, Duration.ofMinutes(20));
        Map<String, Long> cpu1 = cpu(pids);
        Map<String, Map<Long, Long>> jit1 = jit(pids);
        Map<String, Map<Long, Long>> gc1 = gc(pids);
        if (jfr != null) {
            jfr(pids, "JFR.stop", "name=bench");
        }
        double capacity = full.indexed / full.seconds;
        System.out.printf("%nfull speed: %,d of %,d documents searchable in %.1f s = %.1f documents/s end to end (pushed at %,.0f URLs/s)%n",
                full.indexed, n, full.seconds, capacity, full.pushRate);
        System.out.println("  push-to-searchable at full speed (queueing included): " + full.latency());
        Costs costs = costs(pids, cpu0, cpu1, jit0, jit1, gc0, gc1, full.indexed);
        System.out.printf("sum of the stages' cores %.2f ms/doc (measured warm, without JIT); ratio pipeline / cores = %.2f (target <= 2.0); "
                + "without the JIT compilers' CPU (at least %.2f ms/doc, a start-up cost that falls with the run's length) %.2f%n",
                coreSum, costs.total() / coreSum, costs.jit(), (costs.total() - costs.jit()) / coreSum);
        System.out.println("\nbacklog in front of each stage (records not yet committed by its consumer group), sampled every 2 s:");
        System.out.println(full.backlog);

        // 4. at 80 % of the capacity: a short full-speed probe of about 20 s (the machine's load changes over a long
        // run, so the full-speed phase's figure may be stale), then pacing at 80 % of the lower of the two. A probe
        // this short overstates what the pipeline sustains (its last stages still drain after the count is reached),
        // so pacing at 80 % of the probe alone queued without end.
        int probeCount = (int) Math.max(200, Math.min(n, capacity * 20));
        Phase probe = pushAndWait(run + "c", warm + n, probeCount, Double.POSITIVE_INFINITY, 10, Duration.ofMinutes(10));
        double probed = probe.indexed / probe.seconds;
        System.out.printf("%ncapacity right before pacing: %,d documents in %.1f s = %.1f documents/s (full-speed phase: %.1f); load average %s%n",
                probe.indexed, probe.seconds, probed, capacity, ProcessMeter.loadAverage());
        double rate = 0.8 * Math.min(probed, capacity);
        int count = (int) Math.max(200, Math.min(n, rate * 45));
        Map<String, Long> pacedCpu0 = cpu(pids);
        Map<String, Map<Long, Long>> pacedJit0 = jit(pids);
        Map<String, Map<Long, Long>> pacedGc0 = gc(pids);
        Phase paced = pushAndWait(run + "p", warm + n, count, rate, 1, Duration.ofMinutes(10));
        Map<String, Long> pacedCpu1 = cpu(pids);
        Map<String, Map<Long, Long>> pacedJit1 = jit(pids);
        Map<String, Map<Long, Long>> pacedGc1 = gc(pids);
        System.out.printf("at 80%% of capacity (%.1f URLs/s, %,d pages): %,d searchable in %.1f s (%.1f documents/s); "
                        + "push-to-searchable %s (target p99 < 3 s); load average %s%n",
                rate, count, paced.indexed, paced.seconds, paced.indexed / paced.seconds, paced.latency(), ProcessMeter.loadAverage());
        costs(pids, pacedCpu0, pacedCpu1, pacedJit0, pacedJit1, pacedGc0, pacedGc1, paced.indexed);
        System.out.println("\nwhere the paced latency goes (create times of the documents' records in the topics between the stages):");
        System.out.print(new HopLatency(config.kafkaClientProperties()).describe(INPUTS.subList(1, INPUTS.size()), paced.startedAt(),
                paced.pushedAt(), paced.searchable()));
        System.out.println("\nbacklog while paced, sampled every 2 s:");
        System.out.println(paced.backlog);

        // 5. producers: records that ingest refuses at once (a private address), so only the producer is measured
        producerSpeed(20_000);

        System.out.printf("%npeak RSS at the end: %s; load average at the end %s%n", peakRss(pids), ProcessMeter.loadAverage());
    }

    private record Costs(double total, double jit) {
    }

    /** Prints each process's CPU, JIT and GC milliseconds per document between two readings, and its peak RSS. */
    private static Costs costs(Map<String, Long> pids, Map<String, Long> cpu0, Map<String, Long> cpu1, Map<String, Map<Long, Long>> jit0,
                               Map<String, Map<Long, Long>> jit1, Map<String, Map<Long, Long>> gc0, Map<String, Map<Long, Long>> gc1, long docs) {
        System.out.printf("%n%-16s %12s %16s %12s %14s%n", "process", "CPU ms/doc", "of which JIT", "GC", "peak RSS MB");
        double total = 0;
        double totalJit = 0;
        double totalGc = 0;
        for (String name : pids.keySet()) {
            double perDoc = (double) (cpu1.get(name) - cpu0.get(name)) / Math.max(1, docs);
            double jitPerDoc = (double) ProcessMeter.compilerMillisBetween(jit0.get(name), jit1.get(name)) / Math.max(1, docs);
            double gcPerDoc = (double) ProcessMeter.compilerMillisBetween(gc0.get(name), gc1.get(name)) / Math.max(1, docs);
            total += perDoc;
            totalJit += jitPerDoc;
            totalGc += gcPerDoc;
            System.out.printf("%-16s %12.2f %16.2f %12.2f %14d%n", name, perDoc, jitPerDoc, gcPerDoc, ProcessMeter.rssMb(pids.get(name), true));
        }
        System.out.printf("%-16s %12.2f %16.2f %12.2f%n", "pipeline total", total, totalJit, totalGc);
        return new Costs(total, totalJit);
    }

    private Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String stage : ServiceFleet.STAGES) {
            pids.put(stage + "-service", services.process(stage).handle().orElseThrow().pid());
        }
        pids.put("kafka", platform.kafka().process().handle().orElseThrow().pid());
        pids.put("elasticsearch", platform.elasticsearch().process().handle().orElseThrow().pid());
        return pids;
    }

    private static Map<String, Long> cpu(Map<String, Long> pids) {
        Map<String, Long> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, ProcessMeter.cpuMillis(pid)));
        return cpu;
    }

    private static Map<String, Map<Long, Long>> jit(Map<String, Long> pids) {
        Map<String, Map<Long, Long>> jit = new LinkedHashMap<>();
        pids.forEach((name, pid) -> jit.put(name, ProcessMeter.compilerMillis(pid)));
        return jit;
    }

    private static Map<String, Map<Long, Long>> gc(Map<String, Long> pids) {
        Map<String, Map<Long, Long>> gc = new LinkedHashMap<>();
        pids.forEach((name, pid) -> gc.put(name, ProcessMeter.gcMillis(pid)));
        return gc;
    }

    /** Runs {@code jcmd PID COMMAND ARGS} for every service (SERVICE in an argument becomes its name). */
    private static void jfr(Map<String, Long> pids, String command, String... args) throws Exception {
        for (var e : pids.entrySet()) {
            if (!e.getKey().endsWith("-service")) {
                continue;
            }
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), e.getValue().toString(), command));
            for (String a : args) {
                cmd.add(a.replace("SERVICE", e.getKey()));
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                System.out.println("jcmd " + String.join(" ", cmd.subList(1, cmd.size())) + ": " + out.strip());
            }
        }
    }

    private static String peakRss(Map<String, Long> pids) {
        StringBuilder s = new StringBuilder();
        pids.forEach((name, pid) -> s.append(name).append(' ').append(ProcessMeter.rssMb(pid, true)).append(" MB, "));
        return s.substring(0, s.length() - 2);
    }

    /** Fetch, clean, extract and index mapping on this thread, raw _bulk on the node: CPU ms per document of each. */
    private double[] coreBaselines(int count) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        FetchPolicy policy = FetchPolicy.defaults().withAllowedHosts(Set.of(sites.allowlist()))
                .withPoliteness(Duration.ZERO, 64, Duration.ofSeconds(1));
        List<RawPage> pages = new ArrayList<>(count);
        double fetch;
        try (Fetcher fetcher = new Fetcher(policy)) {
            for (int i = 0; i < count; i++) {
                FetchOutcome outcome = fetcher.fetch(UrlRequest.of(sites.url(run + "b", i)), 1);
                if (outcome instanceof FetchOutcome.Fetched fetched) {
                    pages.add(fetched.page());
                }
            }
            int[] pass = {0};
            fetch = steadyMsPerItem(count, () -> cpuExceptSites(threads), () -> {
                pass[0]++; // new URLs each pass: the fetcher answers a URL it has just fetched without fetching it
                for (int i = 0; i < count; i++) {
                    fetcher.fetch(UrlRequest.of(sites.url(run + "b" + pass[0], i)), 1);
                }
            });
        }

        Cleaner cleaner = Cleaner.withDefaults();
        List<CleanDocument> cleaned = new ArrayList<>();
        double clean = steadyMsPerItem(pages.size(), threads::getCurrentThreadCpuTime, () -> {
            cleaned.clear();
            for (RawPage p : pages) {
                cleaned.add(cleaner.clean(input(p)));
            }
        });

        Extractor extractor = Extractor.withDefaults();
        List<EnrichedDocument> enriched = new ArrayList<>();
        double extract = steadyMsPerItem(cleaned.size(), threads::getCurrentThreadCpuTime, () -> {
            enriched.clear();
            for (CleanDocument d : cleaned) {
                enriched.add(extractor.enrich(d));
            }
        });
        List<byte[]> messages = new ArrayList<>();
        for (EnrichedDocument d : enriched) {
            messages.add(Json.write(d).getBytes(StandardCharsets.UTF_8));
        }

        DocumentMapper mapper = new DocumentMapper();
        List<IndexableDocument> docs = new ArrayList<>();
        double map = steadyMsPerItem(messages.size(), threads::getCurrentThreadCpuTime, () -> {
            docs.clear();
            for (byte[] m : messages) {
                docs.add(mapper.fromMessage(m));
            }
        });
        List<String> bodies = bulkBodies(docs);
        long esPid = platform.elasticsearch().process().handle().orElseThrow().pid();
        for (String warm : List.of("/news-v991", "/news-v992")) { // the node's JIT and the index template's mappings, not measured
            request("DELETE", warm, null);
            request("PUT", warm, "{}");
            for (String body : bodies) {
                request("POST", warm + "/_bulk", body);
            }
            request("DELETE", warm, null);
        }
        request("DELETE", "/news-v990", null);
        request("PUT", "/news-v990", "{}");
        request("POST", "/news-v990/_bulk", bodies.get(0)); // mappings settle on the first request
        long esCpu = ProcessMeter.cpuMillis(esPid);
        for (String body : bodies.subList(1, bodies.size())) {
            request("POST", "/news-v990/_bulk", body);
        }
        request("POST", "/news-v990/_refresh", null);
        double bulk = (double) (ProcessMeter.cpuMillis(esPid) - esCpu) / (docs.size() - 500);
        request("DELETE", "/news-v990", null);

        double kb = pages.stream().mapToInt(p -> p.body().length).average().orElse(0) / 1024;
        System.out.printf("%nbaselines on %,d of the same pages (%.1f KB of HTML on average), each core alone on one thread, in its steady state:%n", pages.size(), kb);
        System.out.printf("  fetch (ingest core, client side)   %.2f ms/doc%n", fetch);
        System.out.printf("  clean core                         %.2f ms/doc%n", clean);
        System.out.printf("  extract core                       %.2f ms/doc%n", extract);
        System.out.printf("  index mapping (index core)         %.2f ms/doc%n", map);
        System.out.printf("  raw _bulk, Elasticsearch CPU       %.2f ms/doc%n", bulk);
        System.out.printf("  sum                                %.2f ms/doc%n", fetch + clean + extract + map + bulk);
        return new double[]{fetch, clean, extract, map, bulk};
    }

    /** Passes a core may take over the baseline's documents until its JIT is done (see {@link #steadyMsPerItem}). */
    private static final int MAX_BASELINE_PASSES = 8;

    /**
     * CPU milliseconds per item of one pass over {@code items} in the steady state: passes are repeated until one is
     * no more than 3 % faster than the best before it (the JIT is done), at most {@value #MAX_BASELINE_PASSES}; the
     * best pass counts. A core measured while still compiling would flatter the pipeline's ratio.
     */
    private static double steadyMsPerItem(int items, java.util.function.LongSupplier cpuNanos, Runnable pass) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < MAX_BASELINE_PASSES; i++) {
            long t = cpuNanos.getAsLong();
            pass.run();
            double ms = (cpuNanos.getAsLong() - t) / 1e6 / Math.max(1, items);
            boolean converged = ms > best * 0.97;
            best = Math.min(best, ms);
            if (converged) {
                break;
            }
        }
        return best;
    }

    private static RawInput input(RawPage p) {
        return dev.newsflow.clean.CleanInputs.fromRawPage(p); // as clean-service builds it, with ingest's charset evidence
    }

    /** CPU of this JVM's threads except the web sites' (the fetcher's own and its HTTP client's threads). */
    private static long cpuExceptSites(ThreadMXBean threads) {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("site-") && !info.getThreadName().startsWith("HTTP-Dispatcher")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    /**
     * @param pushedAt   sampled document id to the wall-clock millis of its push
     * @param searchable the same ids to the wall-clock millis they were first found searchable
     */
    private record Phase(long indexed, double seconds, double pushRate, long[] latenciesMs, String backlog, long startedAt,
                         Map<String, Long> pushedAt, Map<String, Long> searchable) {
        String latency() {
            if (latenciesMs.length == 0) {
                return "no samples";
            }
            long[] sorted = latenciesMs.clone();
            Arrays.sort(sorted);
            return String.format("p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s (%d samples)", pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted[sorted.length - 1] / 1000.0, sorted.length);
        }

        private static double pct(long[] sorted, int p) {
            return HopLatency.pct(sorted, p);
        }
    }

    /**
     * Pushes pages {@code first .. first+count-1} of the run (at {@code rate} URLs/s, or as fast as possible), then waits
     * until index-service counted them all, following every {@code sampleEvery}-th document until it is searchable.
     */
    private Phase pushAndWait(String prefix, int first, int count, double rate, int sampleEvery, Duration timeout) throws Exception {
        long indexed0 = indexedCounter();
        Map<String, Long> pushedAt = new ConcurrentHashMap<>();
        Map<String, Long> latency = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        // one producer for the phase; a paced iterator hands each URL over when it is due
        java.util.Iterator<String> urls = new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public String next() {
                if (Double.isFinite(rate)) {
                    long wait = start + (long) (i / rate * 1e9) - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    }
                }
                String url = sites.url(prefix, first + i);
                if (i % sampleEvery == 0) {
                    pushedAt.put(DocIds.of(url), System.nanoTime());
                }
                i++;
                return url;
            }
        };
        java.util.concurrent.atomic.AtomicReference<RuntimeException> pushFailure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread pusher = new Thread(() -> {
            try {
                kafka.send(Topics.URLS, urls, null);
            } catch (RuntimeException e) {
                pushFailure.set(e);
            }
        }, "pusher");
        pusher.start();
        if (!Double.isFinite(rate)) {
            pusher.join(600_000);
        }
        if (pushFailure.get() != null) {
            throw pushFailure.get();
        }
        double[] pushSeconds = {Double.NaN};

        StringBuilder backlog = new StringBuilder(String.format("  %6s %8s %10s %12s %15s %9s%n", "t (s)", INPUTS.get(0), INPUTS.get(1),
                INPUTS.get(2), INPUTS.get(3), "indexed"));
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastSample = 0;
        long done = 0;
        long lastProgress = System.nanoTime();
        long endedAt = System.nanoTime();
        long lastCount = 0;
        while (System.nanoTime() < deadline && System.nanoTime() - lastProgress < 90e9) {
            followSearchable(pushedAt, latency);
            // index-service renders all its metrics for this, so once a second (the phase's end is known to 1 s)
            long now = done;
            if (System.nanoTime() - lastCount >= 1e9 || latency.size() >= pushedAt.size()) {
                lastCount = System.nanoTime();
                now = indexedCounter() - indexed0;
            }
            if (now > done) {
                done = now;
                lastProgress = System.nanoTime();
                endedAt = lastProgress;
            }
            if (System.nanoTime() - lastSample >= 2e9) {
                lastSample = System.nanoTime();
                backlog.append(String.format("  %6.0f", (lastSample - start) / 1e9));
                for (int s = 0; s < GROUPS.size(); s++) {
                    backlog.append(String.format(" %" + Math.max(8, INPUTS.get(s).length()) + "d", kafka.lag(GROUPS.get(s), INPUTS.get(s))));
                }
                backlog.append(String.format(" %9d%n", done));
            }
            if (!pusher.isAlive() && Double.isNaN(pushSeconds[0])) {
                pushSeconds[0] = (System.nanoTime() - start) / 1e9;
            }
            if (done >= count && latency.size() >= pushedAt.size()) {
                break;
            }
            Thread.sleep(250);
        }
        long[] latencies = latency.values().stream().mapToLong(Long::longValue).toArray();
        pusher.join();
        if (Double.isNaN(pushSeconds[0])) {
            pushSeconds[0] = (System.nanoTime() - start) / 1e9;
        }
        long startWall = System.currentTimeMillis() - (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> pushedWall = new HashMap<>();
        Map<String, Long> searchableWall = new HashMap<>();
        pushedAt.forEach((id, nanos) -> {
            long wall = startWall + (nanos - start) / 1_000_000;
            pushedWall.put(id, wall);
            if (latency.containsKey(id)) {
                searchableWall.put(id, wall + latency.get(id));
            }
        });
        return new Phase(Math.min(done, count), (endedAt - start) / 1e9, count / pushSeconds[0], latencies, backlog.toString(), startWall,
                pushedWall, searchableWall);
    }

    /**
     * The sampled documents that became searchable since the last call, found by one ids query on the oldest pending
     * ones. The observer's searches run on the measured node, so they are kept small: documents come out roughly in
     * push order, and a query on every pending id (a thousand at full speed, four times a second) would bill the
     * pipeline for the benchmark's own work.
     */
    private void followSearchable(Map<String, Long> pushedAt, Map<String, Long> latency) throws Exception {
        List<String> pending = pushedAt.entrySet().stream().filter(e -> !latency.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByValue()).limit(OBSERVED_AT_ONCE).map(Map.Entry::getKey).toList();
        if (pending.isEmpty()) {
            return;
        }
        String query = Json.write(Map.of("size", pending.size(), "_source", false, "query", Map.of("ids", Map.of("values", pending))));
        long now = System.nanoTime();
        JsonNode hits = Json.MAPPER.readTree(request("POST", "/news/_search", query)).path("hits").path("hits");
        for (JsonNode hit : hits) {
            String id = hit.path("_id").asText();
            latency.putIfAbsent(id, (now - pushedAt.get(id)) / 1_000_000);
        }
    }

    private void producerSpeed(int count) throws Exception {
        List<String> urls = IntStream.range(0, count).mapToObj(i -> "http://10.255." + (i % 250) + ".1/" + run + "/" + i).toList();
        long t = System.nanoTime();
        kafka.send(Topics.URLS, urls.iterator(), null);
        double push = count / ((System.nanoTime() - t) / 1e9);
        // each producer measured on its own: ingest first works off what the other one sent (it refuses them at once)
        awaitNoBacklog(Topics.URLS);
        String ingest = services.url("ingest") + "/urls";
        List<String> warm = IntStream.range(0, POST_BATCH).mapToObj(i -> "http://10.254." + (i % 250) + ".1/" + run + "/" + i).toList();
        postUrls(ingest, warm); // the endpoint's JIT and connections, not measured
        awaitNoBacklog(Topics.URLS);
        t = System.nanoTime();
        for (int from = 0; from < count; from += POST_BATCH) {
            postUrls(ingest, urls.subList(from, Math.min(count, from + POST_BATCH)));
        }
        double post = count / ((System.nanoTime() - t) / 1e9);
        System.out.printf("%nproducers, %,d URLs each: ./pipeline push's sender %,.0f URLs/s; POST /urls (one client, JSON arrays of %,d URLs): %,.0f URLs/s (target >= 5,000)%n",
                count, push, POST_BATCH, post);
    }

    private static final int POST_BATCH = 5_000;
    /** Pending sampled documents looked for per search (see {@link #followSearchable}). */
    private static final int OBSERVED_AT_ONCE = 256;

    private void postUrls(String endpoint, List<String> urls) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + config.security().restApiKey())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(urls))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /urls answered " + r.statusCode() + ": " + r.body());
        }
    }

    private void awaitNoBacklog(String topic) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (kafka.lag("ingest-service", topic) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    private long indexedCounter() throws Exception {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(services.url("index") + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("newsflow_records_total{") && line.contains("stage=\"index\"") && line.contains("outcome=\"indexed\"")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static List<String> bulkBodies(List<IndexableDocument> docs) {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            IndexableDocument d = docs.get(i);
            body.append(Json.write(Map.of("index", Map.of("_id", d.docId(), "version", d.version(), "version_type", "external_gte"))))
                    .append("\n").append(new String(d.source(), StandardCharsets.UTF_8)).append("\n");
            if ((i + 1) % 500 == 0 || i == docs.size() - 1) {
                bodies.add(body.toString());
                body.setLength(0);
            }
        }
        return bodies;
    }

    private String request(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(es + path)).header("Content-Type", "application/x-ndjson");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
