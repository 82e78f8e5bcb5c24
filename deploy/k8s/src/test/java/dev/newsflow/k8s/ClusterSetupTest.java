package dev.newsflow.k8s;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.connections.ElasticsearchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The setup Job's Kibana import, against a stand-in HTTP server that answers like Kibana's saved-objects API
 * (Kibana itself is not part of the test platform). The Elasticsearch half is index-core's IndexSetup, tested on a
 * real node by NewsWriterIT.
 */
class ClusterSetupTest {
    private HttpServer kibana;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> headers = new AtomicReference<>();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        kibana = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kibana.createContext("/api/saved_objects/_import", exchange -> {
            headers.set("xsrf=" + exchange.getRequestHeaders().getFirst("kbn-xsrf") + " auth=" + exchange.getRequestHeaders().getFirst("Authorization")
                    + " type=" + exchange.getRequestHeaders().getFirst("Content-Type") + " query=" + exchange.getRequestURI().getQuery());
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = (status == 200 ? "{\"success\":true,\"successCount\":4}" : "{\"statusCode\":401,\"message\":\"unauthorized\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        kibana.start();
    }

    @AfterEach
    void stop() {
        kibana.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + kibana.getAddress().getPort();
    }

    @Test
    void importsTheSavedObjectsOfDeployKibanaUnchangedWithOverwriteAndTheElasticUser() throws IOException {
        ElasticsearchSettings elastic = new ElasticsearchSettings("https://es:9200", null, "elastic", "s3cret-value", null);
        String result = ClusterSetup.importSavedObjects(url() + "/", null, elastic);
        assertTrue(result.contains("\"success\":true"));
        String ndjson = Files.readString(Manifests.ROOT.resolve("deploy/kibana/newsflow.ndjson"));
        assertTrue(body.get().contains(ndjson), "the multipart body carries deploy/kibana/newsflow.ndjson as it is");
        assertTrue(body.get().contains("name=\"file\"; filename=\"newsflow.ndjson\""));
        assertTrue(headers.get().contains("xsrf=newsflow-setup"), headers.get());
        assertTrue(headers.get().contains("auth=" + elastic.authorization().orElseThrow()), "basic auth of the elastic user");
        assertTrue(headers.get().contains("type=multipart/form-data; boundary="));
        assertTrue(headers.get().contains("query=overwrite=true"), "re-running the Job updates the objects in place");
    }

    @Test
    void aRefusalIsOneSentenceWithoutTheCredentials() {
        status = 401;
        ElasticsearchSettings elastic = new ElasticsearchSettings("https://es:9200", null, "elastic", "s3cret-value", null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClusterSetup.importSavedObjects(url(), null, elastic));
        assertTrue(e.getMessage().startsWith("Kibana answered 401"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-value"));
        assertFalse(e.getMessage().contains(elastic.authorization().orElseThrow().substring(6)));
    }
}
