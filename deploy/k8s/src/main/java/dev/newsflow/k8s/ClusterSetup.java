package dev.newsflow.k8s;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsflow.connections.ConnectionProblems;
import dev.newsflow.connections.ElasticsearchConnections;
import dev.newsflow.connections.ElasticsearchSettings;
import dev.newsflow.connections.PemTrust;
import dev.newsflow.index.IndexMigration;
import dev.newsflow.index.IndexSetup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cluster's one-off administration, run as Kubernetes Jobs from the image {@code newsflow/setup}:
 * {@code setup} installs the index template and the alias {@code news} (index-core's {@link IndexSetup}, the same code
 * index-service runs at start) and imports the Kibana saved objects ({@code deploy/kibana/newsflow.ndjson}, packed into
 * this jar at build time); {@code reindex} copies the index into its next version and moves the alias
 * ({@link IndexMigration}, what {@code ./pipeline reindex} asks index-service to do).
 * Elasticsearch is reached with {@link ElasticsearchSettings#fromEnvironment}; Kibana with {@link #KIBANA_URL},
 * {@link #KIBANA_CA_FILE} and the Elasticsearch user and password. Both are waited for.
 */
public final class ClusterSetup {
    /** Kibana's base URL, e.g. {@code https://newsflow-kb-http:5601}; empty: no Kibana import. */
    public static final String KIBANA_URL = "NEWSFLOW_KIBANA_URL";
    /** PEM CA of Kibana's HTTPS certificate (ECK: {@code <name>-kb-http-certs-public}, {@code ca.crt}). */
    public static final String KIBANA_CA_FILE = "NEWSFLOW_KIBANA_CA_FILE";
    /** Every environment variable this program reads. */
    public static final List<String> ENVIRONMENT = List.of(
            ElasticsearchSettings.environmentName(ElasticsearchSettings.URL),
            ElasticsearchSettings.environmentName(ElasticsearchSettings.CA_FILE),
            ElasticsearchSettings.environmentName(ElasticsearchSettings.API_KEY),
            ElasticsearchSettings.environmentName(ElasticsearchSettings.USERNAME),
            ElasticsearchSettings.environmentName(ElasticsearchSettings.PASSWORD),
            KIBANA_URL, KIBANA_CA_FILE);
    static final String SAVED_OBJECTS = "/kibana/newsflow.ndjson";
    private static final Duration PATIENCE = Duration.ofMinutes(20);

    private ClusterSetup() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "setup" : args[0];
        Map<String, String> env = System.getenv();
        ElasticsearchSettings settings = ElasticsearchSettings.fromEnvironment(env);
        switch (command) {
            case "setup" -> {
                ElasticsearchClient client = ElasticsearchConnections.client(settings, Duration.ofSeconds(10), Duration.ofMinutes(2));
                try (var transport = client._transport()) {
                    String analyzer = waitFor("Elasticsearch", () -> new IndexSetup(client).ensure().orElse("none"), settings);
                    System.out.println("index template and alias news ready on " + settings.url() + "; Chinese analyzer: " + analyzer);
                }
                String kibana = env.getOrDefault(KIBANA_URL, "").strip();
                if (!kibana.isEmpty()) {
                    String caFile = env.getOrDefault(KIBANA_CA_FILE, "").strip();
                    String result = waitFor("Kibana", () -> importSavedObjects(kibana, caFile.isEmpty() ? null : Path.of(caFile), settings), settings);
                    System.out.println("Kibana saved objects imported into " + kibana + ": " + result);
                }
            }
            case "reindex" -> {
                ElasticsearchClient client = ElasticsearchConnections.client(settings, Duration.ofSeconds(10), Duration.ofHours(2));
                try (var transport = client._transport()) {
                    IndexMigration.Result result = new IndexMigration(client).migrate();
                    System.out.println("Copied " + result.documents() + " documents (then " + result.caughtUp() + " written meanwhile) from "
                            + result.from() + " to " + result.to() + "; the alias news now points at " + result.to() + ".");
                }
            }
            default -> {
                System.err.println("usage: ClusterSetup setup|reindex");
                System.exit(2);
            }
        }
    }

    /** POST /api/saved_objects/_import?overwrite=true with the packed ndjson; returns Kibana's success count. */
    static String importSavedObjects(String kibanaUrl, Path caFile, ElasticsearchSettings credentials) {
        byte[] ndjson;
        try (InputStream in = ClusterSetup.class.getResourceAsStream(SAVED_OBJECTS)) {
            if (in == null) {
                throw new IllegalStateException(SAVED_OBJECTS + " is not in the setup jar");
            }
            ndjson = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String boundary = "newsflow-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"newsflow.ndjson\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (caFile != null) {
            http.sslContext(PemTrust.sslContext(caFile, kibanaUrl));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kibanaUrl.replaceAll("/+$", "") + "/api/saved_objects/_import?overwrite=true"))
                .timeout(Duration.ofMinutes(2))
                .header("kbn-xsrf", "newsflow-setup")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, ndjson, tail)));
        credentials.authorization().ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<String> response = http.build().send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"success\":true")) {
                // Kibana's answer names objects and errors, never the credentials sent
                throw new IllegalStateException("Kibana answered " + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return abbreviate(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Kibana at " + kibanaUrl + " is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <T> T waitFor(String what, java.util.function.Supplier<T> attempt, ElasticsearchSettings settings) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = 1000;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                String problem = what.equals("Elasticsearch") ? ConnectionProblems.elasticsearch(e, settings) : e.getMessage();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(what + " not ready after " + PATIENCE.toMinutes() + " minutes: " + problem, e);
                }
                System.out.println(what + " not ready (" + problem + "); retrying in " + pause / 1000 + " s");
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
