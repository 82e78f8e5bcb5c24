package dev.newsflow.e2e;

import dev.newsflow.connections.KafkaClientSecurity;
import dev.newsflow.local.LocalPlatform;
import dev.newsflow.local.PlatformSecurity;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.local.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The services' security over the secured platform (e2e-tests run with -Dnewsflow.secure=true): write endpoints need
 * an API key (two at once, for rotation), cross-site and form requests are refused, bodies are limited, reads stay
 * open, wrong server credentials are named in readiness, and no credential shows in logs, metrics or /q/ output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {
    /** The key an operator adds before retiring the current one. */
    private static final String NEXT_KEY = "next-" + UUID.randomUUID();
    private static final String WRONG_ES_PASSWORD = "wrong-es-" + UUID.randomUUID();
    private static final String WRONG_KAFKA_PASSWORD = "wrong-kafka-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();

    private static LocalPlatform platform;
    private static ServiceFleet services;
    private static String currentKey;
    private static final List<String> answers = new ArrayList<>();

    @BeforeAll
    static void start() {
        platform = TestPlatform.kafkaAndElasticsearch();
        assertTrue(platform.config().secure(), "e2e-tests run over the secured platform (-Dnewsflow.secure=true in e2e-tests/pom.xml)");
        currentKey = platform.config().security().restApiKey();
        services = new ServiceFleet(platform.config());
        services.start(List.of("ingest", "index"), "", Map.of("NEWSFLOW_API_KEYS", "current:" + currentKey + ",next:" + NEXT_KEY));
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.stop();
        }
    }

    @Test
    @Order(1)
    void writesNeedAKeyAndEveryConfiguredKeyIsAccepted() throws Exception {
        String batch = "[\"http://127.0.0.1:9/security-it\"]";
        assertEquals(401, post("ingest", "/urls", batch, "application/json", Map.of()).statusCode(), "no key");
        assertEquals(401, post("ingest", "/urls", batch, "application/json", bearer("not-a-key-" + UUID.randomUUID())).statusCode(), "wrong key");
        assertEquals(200, post("ingest", "/urls", batch, "application/json", bearer(currentKey)).statusCode(), "current key");
        assertEquals(200, post("ingest", "/urls", batch, "application/json", bearer(NEXT_KEY)).statusCode(), "next key (rotation)");
        assertEquals(200, post("ingest", "/urls", batch, "application/json", Map.of("X-API-Key", NEXT_KEY)).statusCode(), "X-API-Key header");
        assertEquals(401, post("ingest", "/fetch?url=http://127.0.0.1:9/", "", "application/json", Map.of()).statusCode(), "/fetch");
        assertEquals(401, post("index", "/index", "{}", "application/json", Map.of()).statusCode(), "/index");
        assertEquals(401, post("index", "/admin/index/migrate", "", "application/json", Map.of()).statusCode(), "/admin");
    }

    @Test
    @Order(2)
    void crossSiteRequestsAndFormsAreRefused() throws Exception {
        String batch = "[\"http://127.0.0.1:9/security-it\"]";
        HttpResponse<String> foreign = post("ingest", "/urls", batch, "application/json", with(bearer(currentKey), "Origin", "https://elsewhere.example"));
        assertEquals(403, foreign.statusCode(), foreign.body());
        HttpResponse<String> crossSite = post("ingest", "/urls", batch, "application/json", with(bearer(currentKey), "Sec-Fetch-Site", "cross-site"));
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        HttpResponse<String> form = post("ingest", "/urls", "url=http://127.0.0.1:9/", "application/x-www-form-urlencoded", bearer(currentKey));
        assertEquals(415, form.statusCode(), form.body());
        HttpResponse<String> sameOrigin = post("ingest", "/urls", batch, "application/json",
                with(bearer(currentKey), "Origin", services.url("ingest")));
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
    }

    @Test
    @Order(3)
    void bodiesAreLimitedAndErrorsCarryNoInternalDetail() throws Exception {
        String big = "[\"" + "a".repeat(2 * 1024 * 1024) + "\"]";
        assertEquals(413, post("ingest", "/urls", big, "application/json", bearer(currentKey)).statusCode(), "ingest accepts at most 1 MB");
        HttpResponse<String> broken = post("ingest", "/urls", "[\"http://x", "application/json", bearer(currentKey));
        assertTrue(broken.statusCode() >= 400 && broken.statusCode() < 500, broken.statusCode() + " " + broken.body());
        HttpResponse<String> notADocument = post("index", "/index", "{\"docId\":", "application/json", bearer(currentKey));
        assertTrue(notADocument.statusCode() >= 400 && notADocument.statusCode() < 500, notADocument.statusCode() + " " + notADocument.body());
        for (HttpResponse<String> response : List.of(broken, notADocument)) {
            assertFalse(response.body().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+\\.|com\\.fasterxml|127\\.0\\.0\\.1:\\d+).*"),
                    "no class names, stack frames or internal addresses: " + response.body());
        }
    }

    @Test
    @Order(4)
    void readsStayOpen() throws Exception {
        assertEquals(200, get(services.url("index") + "/search?q=x").statusCode());
        assertEquals(200, get(services.url("index") + "/").statusCode(), "the analysts' page");
        assertEquals(200, get(services.url("ingest") + "/q/metrics").statusCode());
        assertEquals(200, get(services.url("ingest") + "/q/health/ready").statusCode());
    }

    @Test
    @Order(5)
    void wrongServerCredentialsAreNamedInReadiness() throws Exception {
        Map<String, String> env = new HashMap<>(platform.config().security().serviceEnvironment());
        env.put("NEWSFLOW_ELASTICSEARCH_PASSWORD", WRONG_ES_PASSWORD);
        env.put(KafkaClientSecurity.environmentName("sasl.jaas.config"),
                KafkaClientSecurity.scramJaas(PlatformSecurity.KAFKA_SERVICE, WRONG_KAFKA_PASSWORD));
        String run = UUID.randomUUID().toString().substring(0, 8);
        env.put("MP_MESSAGING_INCOMING_PAGES_ENRICHED_TOPIC", "security-it-" + run);
        env.put("MP_MESSAGING_INCOMING_PAGES_ENRICHED_GROUP_ID", "security-it-" + run);
        int port = freePort();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Path log = Files.createTempFile("index-service-wrong-credentials-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar",
                platform.config().projectRoot().resolve("index-service/app/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process service = builder.start();
        try {
            String ready = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && service.isAlive()) {
                try {
                    HttpResponse<String> response = get("http://127.0.0.1:" + port + "/q/health/ready");
                    if (response.body().contains("refused the credentials") && response.body().contains("Authentication failed")) {
                        ready = response.statusCode() + " " + response.body();
                        break;
                    }
                    ready = response.statusCode() + " " + response.body();
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(1000);
            }
            assertNotNull(ready, "index-service answered its readiness probe:\n" + tail(log));
            assertTrue(ready.startsWith("503"), ready);
            assertTrue(ready.contains("Elasticsearch at " + platform.config().elasticsearchUrl() + " refused the credentials (user "
                    + PlatformSecurity.ELASTICSEARCH_SERVICE + "): authentication failed."), ready);
            assertTrue(ready.contains("Authentication failed") && ready.contains("SCRAM-SHA-512"), "Kafka's refusal: " + ready);
            answers.add(ready);
            answers.add(Files.readString(log));
        } finally {
            service.destroy();
            service.waitFor(20, TimeUnit.SECONDS);
            service.destroyForcibly();
        }
    }

    @Test
    @Order(6)
    void noCredentialInLogsMetricsOrQOutput() throws Exception {
        PlatformSecurity security = platform.config().security();
        List<String> secrets = List.of(currentKey, NEXT_KEY, WRONG_ES_PASSWORD, WRONG_KAFKA_PASSWORD,
                security.kafkaPassword(PlatformSecurity.KAFKA_ADMIN), security.kafkaPassword(PlatformSecurity.KAFKA_SERVICE),
                security.elasticsearchPassword(PlatformSecurity.ELASTICSEARCH_ADMIN), security.elasticsearchPassword(PlatformSecurity.ELASTICSEARCH_SERVICE));
        Map<String, String> outputs = new HashMap<>();
        for (String stage : List.of("ingest", "index")) {
            for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics")) {
                outputs.put(stage + path, get(services.url(stage) + path).body());
            }
        }
        try (var logs = Files.list(platform.config().logDir())) {
            for (Path log : logs.toList()) {
                outputs.put(log.toString(), Files.readString(log));
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            outputs.put("wrong-credentials run " + i, answers.get(i));
        }
        assertTrue(outputs.get("index/q/metrics").contains("# TYPE"), "the metrics are there to be searched");
        assertTrue(outputs.keySet().stream().anyMatch(k -> k.endsWith("index-service.log")), outputs.keySet().toString());
        assertEquals(2, answers.size(), "the wrong-credentials run was searched too");
        for (var output : outputs.entrySet()) {
            for (String secret : secrets) {
                assertFalse(output.getValue().contains(secret), "a credential appears in " + output.getKey());
            }
        }
    }

    private static Map<String, String> bearer(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static HttpResponse<String> post(String stage, String path, String body, String type, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.url(stage) + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
