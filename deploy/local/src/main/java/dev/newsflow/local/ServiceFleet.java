package dev.newsflow.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The four pipeline services, each run from its built Quarkus jar as a process of its own. */
public final class ServiceFleet {
    public static final List<String> STAGES = List.of("ingest", "clean", "extract", "index");

    /**
     * Memory of each service, sized so that its resident set stays under 400 MB at full load: a 256 MB heap (the
     * largest in-flight work, clean's 16 MB fetch batches and a few 4 MB pages, fits many times over), the serial
     * collector (no per-core GC threads and regions), capped metaspace, code cache and direct buffers, 512 KB
     * thread stacks (dozens of worker threads), and glibc arenas limited through MALLOC_ARENA_MAX below.
     * SERVICE_JAVA_OPTS adds to or overrides these.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=64m", "-Xss512k");

    private final PlatformConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServiceFleet(PlatformConfig config) {
        this.config = config;
    }

    /** Replicas beyond the first (the reliability runs start two of each) take ports 10 apart. */
    public static final int MAX_REPLICAS = 4;

    public int port(String stage) {
        return port(stage, 0);
    }

    public int port(String stage, int replica) {
        return config.servicePortBase() + 1 + STAGES.indexOf(stage) + 10 * replica;
    }

    public String url(String stage) {
        return "http://127.0.0.1:" + port(stage);
    }

    public ManagedProcess process(String stage) {
        return process(stage, 0);
    }

    public ManagedProcess process(String stage, int replica) {
        return new ManagedProcess(stage + "-service" + (replica == 0 ? "" : "-" + (replica + 1)), config);
    }

    public Path jar(String stage) {
        return config.projectRoot().resolve(stage + "-service/app/target/quarkus-app/quarkus-run.jar");
    }

    public boolean built() {
        return STAGES.stream().allMatch(s -> Files.exists(jar(s)));
    }

    /**
     * Starts every service not yet running and waits until all are ready.
     *
     * @param allowedHosts hosts the ingest service may fetch although they are local (the demo's seed server)
     */
    public void start(String allowedHosts) {
        start(STAGES, allowedHosts);
    }

    /** Starts the named stages only (e.g. index alone, fed directly in a test). */
    public void start(List<String> stages, String allowedHosts) {
        start(stages, allowedHosts, Map.of());
    }

    /** As {@link #start(List, String)}, with extra environment (configuration overrides) for every service started. */
    public void start(List<String> stages, String allowedHosts, Map<String, String> settings) {
        for (String stage : stages) {
            startReplica(stage, 0, allowedHosts, settings, false);
        }
        for (String stage : stages) {
            awaitReady(stage, 0);
        }
    }

    /**
     * Starts one replica of a stage (0 is the one {@code up} starts; others join the same consumer group) unless
     * it runs already, and waits until it is ready when asked to.
     */
    public void startReplica(String stage, int replica, String allowedHosts, Map<String, String> settings, boolean await) {
        ManagedProcess process = process(stage, replica);
        if (!Files.exists(jar(stage))) {
            throw new PlatformException(stage + "-service is not built (" + jar(stage) + " is missing): run ./mvnw -DskipTests install");
        }
        if (process.isRunning()) {
            return;
        }
        KafkaNode.requireFree(port(stage, replica), process.name());
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port(stage, replica)));
        env.putAll(config.security().serviceEnvironment());
        env.put("NEWSFLOW_FETCH_ALLOWED_HOSTS", allowedHosts);
        // the demo serves everything from one local host: no need to wait a second between its pages
        env.put("NEWSFLOW_FETCH_MIN_HOST_DELAY", "PT0.05S");
        env.put("NEWSFLOW_FETCH_MAX_HOST_CONCURRENCY", "4");
        // glibc's default of 8 malloc arenas per core lets native memory of many threads grow past the heap
        env.put("MALLOC_ARENA_MAX", "2");
        env.putAll(settings);
        List<String> command = new java.util.ArrayList<>(List.of(JavaRuntime.java()));
        command.addAll(JVM_OPTIONS);
        String extraOptions = System.getenv("SERVICE_JAVA_OPTS");
        if (extraOptions != null && !extraOptions.isBlank()) {
            command.addAll(List.of(extraOptions.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar(stage).toString()));
        process.start(command, env, config.home());
        if (await) {
            awaitReady(stage, replica);
        }
    }

    public void awaitReady(String stage, int replica) {
        ManagedProcess process = process(stage, replica);
        if (!ManagedProcess.waitUntil(() -> isReady(stage, replica) || !process.isRunning(), Duration.ofSeconds(120)) || !isReady(stage, replica)) {
            throw new PlatformException(process.name() + " did not become ready on port " + port(stage, replica)
                    + ". Last log lines:\n" + process.logTail(25));
        }
    }

    /** The Authorization header value the services accept on their write endpoints. */
    public String authorization() {
        return "Bearer " + config.security().restApiKey();
    }

    public boolean isReady(String stage) {
        return isReady(stage, 0);
    }

    public boolean isReady(String stage, int replica) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(stage, replica) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void stop() {
        for (String stage : STAGES) {
            for (int replica = 0; replica < MAX_REPLICAS; replica++) {
                process(stage, replica).stop(Duration.ofSeconds(15));
            }
        }
    }
}
