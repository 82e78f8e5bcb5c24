package dev.newsflow.connections;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaClientSecurityTest {
    @Test
    void mapsTheSecurityVariablesOntoKafkaKeysAsQuarkusDoes() {
        Map<String, String> props = KafkaClientSecurity.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "x", "KAFKA_SSL_TRUSTSTORE_LOCATION", "/ca.pem",
                "KAFKA_PORT", "9092", "KAFKA_BOOTSTRAP_SERVERS", "b:9092", "KAFKA_SSL_KEY_PASSWORD", ""));
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "x",
                "ssl.truststore.location", "/ca.pem"), props);
    }

    @Test
    void environmentRoundTrip() {
        Map<String, String> props = KafkaClientSecurity.scramOverTls("svc", "pw123456", "/ca.pem");
        assertEquals(props, KafkaClientSecurity.fromEnvironment(KafkaClientSecurity.asEnvironment(props)));
    }

    @Test
    void theDescriptionNamesProtocolAndMechanismOnly() {
        String text = KafkaClientSecurity.describe(KafkaClientSecurity.scramOverTls("svc", "pw123456", "/ca.pem"));
        assertEquals("SASL_SSL SCRAM-SHA-512", text);
        assertFalse(text.contains("pw123456"));
    }
}
