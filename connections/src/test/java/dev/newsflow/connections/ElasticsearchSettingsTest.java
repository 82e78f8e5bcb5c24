package dev.newsflow.connections;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElasticsearchSettingsTest {
    @Test
    void readsTheEnvironmentVariablesNamedAfterTheKeys() {
        ElasticsearchSettings s = ElasticsearchSettings.fromEnvironment(Map.of(
                "NEWSFLOW_ELASTICSEARCH_URL", "https://es:9200", "NEWSFLOW_ELASTICSEARCH_USERNAME", "indexer",
                "NEWSFLOW_ELASTICSEARCH_PASSWORD", "s3cret-pw", "NEWSFLOW_ELASTICSEARCH_CA_FILE", "/etc/ca.pem"));
        assertEquals("https://es:9200", s.url());
        assertEquals(Path.of("/etc/ca.pem"), s.caFile());
        assertEquals("Basic aW5kZXhlcjpzM2NyZXQtcHc=", s.authorization().orElseThrow());
    }

    @Test
    void anApiKeyGoesIntoTheApiKeyHeader() {
        ElasticsearchSettings s = new ElasticsearchSettings("https://es:9200", "aWQ6a2V5", null, null, null);
        assertEquals("ApiKey aWQ6a2V5", s.authorization().orElseThrow());
    }

    @Test
    void noSecretInTheDescription() {
        ElasticsearchSettings key = new ElasticsearchSettings("https://es:9200", "aWQ6a2V5", null, null, null);
        ElasticsearchSettings user = new ElasticsearchSettings("https://es:9200", null, "indexer", "s3cret-pw", null);
        assertFalse(key.toString().contains("aWQ6a2V5"), key.toString());
        assertFalse(user.toString().contains("s3cret-pw"), user.toString());
        assertTrue(user.toString().contains("user indexer"));
    }

    @Test
    void defaultsToTheLocalNodeWithoutCredentials() {
        ElasticsearchSettings s = ElasticsearchSettings.fromEnvironment(Map.of("NEWSFLOW_ELASTICSEARCH_API_KEY", " "));
        assertEquals(ElasticsearchSettings.DEFAULT_URL, s.url());
        assertTrue(s.authorization().isEmpty());
    }

    @Test
    void refusesTwoKindsOfCredentialAndAUserWithoutPassword() {
        assertThrows(IllegalArgumentException.class, () -> new ElasticsearchSettings("https://es:9200", "k", "u", "p", null));
        assertThrows(IllegalArgumentException.class, () -> new ElasticsearchSettings("https://es:9200", null, "u", null, null));
    }

    @Test
    void anUnreadableCaFileIsOneClearSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PemTrust.sslContext(Path.of("/nonexistent/ca.pem"), "Elasticsearch"));
        assertTrue(e.getMessage().startsWith("cannot read the CA file /nonexistent/ca.pem for Elasticsearch"), e.getMessage());
    }
}
