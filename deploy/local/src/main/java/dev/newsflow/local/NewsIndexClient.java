package dev.newsflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.connections.ConnectionProblems;
import dev.newsflow.connections.ElasticsearchConnections;
import dev.newsflow.connections.ElasticsearchSettings;
import dev.newsflow.contracts.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads what the pipeline indexed, straight from Elasticsearch's REST API (the same view Kibana has). */
public final class NewsIndexClient {
    private final ElasticsearchSettings settings;
    private final String elasticsearchUrl;
    private final HttpClient http;

    public NewsIndexClient(ElasticsearchSettings settings) {
        this.settings = settings;
        this.elasticsearchUrl = settings.url();
        this.http = ElasticsearchConnections.httpClient(settings, Duration.ofSeconds(3));
    }

    /** The indexed documents among {@code docIds} (missing ones are left out). */
    public List<JsonNode> documents(List<String> docIds) {
        if (docIds.isEmpty()) {
            return List.of();
        }
        String body = Json.write(java.util.Map.of("ids", docIds));
        JsonNode answer = request("POST", "/news/_mget?_source_excludes=text,segmentedText,summary", body);
        List<JsonNode> found = new ArrayList<>();
        if (answer != null) {
            answer.path("docs").forEach(d -> {
                if (d.path("found").asBoolean(false)) {
                    found.add(d.path("_source"));
                }
            });
        }
        return found;
    }

    /** Documents whose keyword field matches a wildcard pattern, e.g. ("docId", "run-42-*"). */
    public long countMatching(String field, String pattern) {
        request("POST", "/news/_refresh", null);
        String body = Json.write(java.util.Map.of("query", java.util.Map.of("wildcard", java.util.Map.of(field, pattern))));
        JsonNode answer = request("POST", "/news/_count", body);
        return answer == null ? 0 : answer.path("count").asLong();
    }

    public long count() {
        JsonNode answer = request("GET", "/news/_count", null);
        return answer == null ? 0 : answer.path("count").asLong();
    }

    private JsonNode request(String method, String path, String body) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(elasticsearchUrl + path)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json");
            settings.authorization().ifPresent(value -> builder.header("Authorization", value));
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new PlatformException("Elasticsearch at " + elasticsearchUrl + " refused the credentials (" + settings.authenticationKind() + ")");
            }
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new PlatformException(ConnectionProblems.elasticsearch(e, settings), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted");
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
