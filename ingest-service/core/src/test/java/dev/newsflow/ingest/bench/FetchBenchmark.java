package dev.newsflow.ingest.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.FetchOutcome;
import dev.newsflow.ingest.FetchPolicy;
import dev.newsflow.ingest.Fetcher;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Fetches {@code pages} pages of {@code size} bytes spread over {@code hosts} loopback hosts, twice in the same run:
 * once with the plain JDK HttpClient (the baseline) and once with {@link Fetcher} (address guard, robots.txt,
 * host gates, limits, charset detection, hashing). Prints pages/s and client CPU milliseconds per page. The servers
 * run in a child JVM so the CPU figure is the client's alone.
 *
 * <p>Usage: {@code FetchBenchmark [pages=10000] [hosts=100] [size=102400] [threads=64]}; system properties:
 * {@code -DhostConcurrency=2} (Fetcher requests in flight per host), {@code -DnoRobots=true},
 * {@code -DbaselineAsync=true} (baseline with sendAsync().get() instead of send()), {@code -DfetcherFirst=true}.
 */
public final class FetchBenchmark {

    /** @param callerCpuNanos CPU of the threads calling fetch (the rest is the HTTP client's own threads, GC, JIT) */
    private record Result(String name, int pages, long ok, long wallNanos, long cpuNanos, long callerCpuNanos, long gcMillis) {
        void print() {
            double seconds = wallNanos / 1e9;
            System.out.printf("%-22s %6d pages (%d ok) in %6.2f s: %8.1f pages/s, %6.3f CPU ms/page (%.3f in the calling thread), GC %d ms%n",
                    name, pages, ok, seconds, pages / seconds, cpuNanos / 1e6 / pages, callerCpuNanos / 1e6 / pages, gcMillis);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 100 * 1024;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 64;

        Process servers = new ProcessBuilder(
                new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                BenchmarkServers.class.getName(), String.valueOf(hosts), String.valueOf(size))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            List<String> origins = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(servers.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.equals("READY"); line = out.readLine()) {
                origins.add("http://" + line);
            }
            System.out.printf("%d pages of %d bytes from %d loopback hosts, %d client threads, %d cores%n",
                    pages, size, origins.size(), threads, Runtime.getRuntime().availableProcessors());

            HttpClient jdk = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            Function<String, Boolean> baseline = url -> {
                try {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
                    HttpResponse<byte[]> response = Boolean.getBoolean("baselineAsync")
                            ? jdk.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).get()
                            : jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    return response.statusCode() == 200 && response.body().length == size;
                } catch (Exception e) {
                    return false;
                }
            };
            FetchPolicy policy = FetchPolicy.defaults()
                    .withAllowedHosts(Set.of("127.0.0.0/8"))
                    .withPoliteness(Duration.ZERO, Integer.getInteger("hostConcurrency", 2), Duration.ofSeconds(1))
                    .withRespectRobots(!Boolean.getBoolean("noRobots"))
                    .withMaxBodyBytes(2L * 1024 * 1024);
            try (Fetcher fetcher = new Fetcher(policy)) {
                Function<String, Boolean> newsflow = url -> fetcher.fetch(UrlRequest.of(url), 1) instanceof FetchOutcome.Fetched f
                        && f.page().body().length == size;

                int warmup = Math.min(pages, 2_000);
                run("warm-up JDK", urls(origins, "warm-jdk", warmup), threads, baseline);
                run("warm-up Fetcher", urls(origins, "warm-fetcher", warmup), threads, newsflow);

                List<String> measured = urls(origins, "page", pages);
                Result jdkResult;
                Result fetcherResult;
                if (Boolean.getBoolean("fetcherFirst")) {
                    fetcherResult = run("newsflow Fetcher", measured, threads, newsflow);
                    jdkResult = run("JDK HttpClient", measured, threads, baseline);
                } else {
                    jdkResult = run("JDK HttpClient", measured, threads, baseline);
                    fetcherResult = run("newsflow Fetcher", measured, threads, newsflow);
                }
                System.out.println();
                jdkResult.print();
                fetcherResult.print();
                System.out.printf("Fetcher/JDK: %.2fx the throughput, %.2fx the CPU per page%n",
                        (double) jdkResult.wallNanos / fetcherResult.wallNanos,
                        (double) fetcherResult.cpuNanos / jdkResult.cpuNanos);
            }
        } finally {
            servers.getOutputStream().close();
            servers.destroy();
        }
    }

    /** Round-robin over hosts, so that consecutive URLs hit different hosts, as a crawl frontier would. */
    private static List<String> urls(List<String> origins, String prefix, int pages) {
        List<String> urls = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            urls.add(origins.get(i % origins.size()) + "/" + prefix + "/" + i + ".html");
        }
        return urls;
    }

    private static Result run(String name, List<String> urls, int threads, Function<String, Boolean> fetch) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong ok = new AtomicLong();
        AtomicLong callerCpu = new AtomicLong();
        java.lang.management.ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        System.gc();
        long cpuBefore = os.getProcessCpuTime();
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>(urls.size());
        for (String url : urls) {
            futures.add(pool.submit(() -> {
                long before = threadsBean.getCurrentThreadCpuTime();
                if (fetch.apply(url)) {
                    ok.incrementAndGet();
                }
                callerCpu.addAndGet(threadsBean.getCurrentThreadCpuTime() - before);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        pool.shutdown();
        Result result = new Result(name, urls.size(), ok.get(), wall, cpu, callerCpu.get(), gcMillis() - gcBefore);
        result.print();
        return result;
    }
}
