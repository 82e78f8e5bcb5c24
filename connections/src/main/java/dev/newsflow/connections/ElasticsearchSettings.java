package dev.newsflow.connections;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.nio.charset.StandardCharsets;

/**
 * How every client in the product reaches Elasticsearch: URL, optional PEM CA file for TLS, and either an API key
 * or a username and password. {@link #toString()} never shows a secret.
 *
 * @param url      e.g. {@code https://es.example:9200}
 * @param apiKey   the {@code encoded} value Elasticsearch returns when the key is created (base64 of id:key), or null
 * @param username basic authentication user, or null
 * @param password basic authentication password, or null
 * @param caFile   PEM file with the CA certificate(s) to trust for this server only, or null for the JVM default
 */
public record ElasticsearchSettings(String url, String apiKey, String username, String password, Path caFile) {
    public static final String URL = "newsflow.elasticsearch.url";
    public static final String API_KEY = "newsflow.elasticsearch.api-key";
    public static final String USERNAME = "newsflow.elasticsearch.username";
    public static final String PASSWORD = "newsflow.elasticsearch.password";
    public static final String CA_FILE = "newsflow.elasticsearch.ca-file";
    public static final String DEFAULT_URL = "http://127.0.0.1:9200";

    public ElasticsearchSettings {
        url = blankToNull(url) == null ? DEFAULT_URL : url.strip();
        apiKey = blankToNull(apiKey);
        username = blankToNull(username);
        password = blankToNull(password);
        if (apiKey != null && username != null) {
            throw new IllegalArgumentException("configure either " + API_KEY + " or " + USERNAME + "/" + PASSWORD + " for Elasticsearch, not both");
        }
        if (username != null && password == null) {
            throw new IllegalArgumentException(USERNAME + " is set but " + PASSWORD + " is not");
        }
    }

    public static ElasticsearchSettings unsecured(String url) {
        return new ElasticsearchSettings(url, null, null, null, null);
    }

    /** Reads the five keys through {@code lookup} (a configuration: key to value, null when absent). */
    public static ElasticsearchSettings from(Function<String, String> lookup) {
        String ca = blankToNull(lookup.apply(CA_FILE));
        return new ElasticsearchSettings(lookup.apply(URL), lookup.apply(API_KEY), lookup.apply(USERNAME), lookup.apply(PASSWORD),
                ca == null ? null : Path.of(ca));
    }

    /** From environment variables named after the keys ({@code NEWSFLOW_ELASTICSEARCH_API_KEY}, ...). */
    public static ElasticsearchSettings fromEnvironment(Map<String, String> env) {
        return from(key -> env.get(environmentName(key)));
    }

    public static String environmentName(String key) {
        return key.toUpperCase().replace('.', '_').replace('-', '_');
    }

    public ElasticsearchSettings withUrl(String newUrl) {
        return new ElasticsearchSettings(newUrl, apiKey, username, password, caFile);
    }

    /** The value of the Authorization header, if any credential is configured. */
    public Optional<String> authorization() {
        if (apiKey != null) {
            return Optional.of("ApiKey " + apiKey);
        }
        if (username != null) {
            return Optional.of("Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /** The settings as environment variables for a child process (a service started by the local platform). */
    public Map<String, String> asEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put(environmentName(URL), url);
        env.put(environmentName(API_KEY), apiKey == null ? "" : apiKey);
        env.put(environmentName(USERNAME), username == null ? "" : username);
        env.put(environmentName(PASSWORD), password == null ? "" : password);
        env.put(environmentName(CA_FILE), caFile == null ? "" : caFile.toString());
        return env;
    }

    public String authenticationKind() {
        return apiKey != null ? "API key" : username != null ? "user " + username : "no credentials";
    }

    @Override
    public String toString() {
        return "Elasticsearch " + url + " (" + authenticationKind() + (caFile == null ? "" : ", CA " + caFile) + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
