package dev.newsflow.connections;

import java.util.Map;
import java.util.TreeMap;

/**
 * The security settings of a Kafka client, from the same environment variables the services read:
 * {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_*} and {@code KAFKA_SSL_*}, each the Kafka client key in upper
 * case with dots as underscores ({@code KAFKA_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}). Quarkus maps
 * {@code KAFKA_*} variables the same way onto every channel, dead-letter producer and admin client of a service,
 * so the {@code pipeline} command and the services agree on one set of names.
 */
public final class KafkaClientSecurity {
    public static final String SCRAM_SHA_512 = "SCRAM-SHA-512";

    private KafkaClientSecurity() {
    }

    /** The Kafka client properties named by {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_*}, {@code KAFKA_SSL_*}. */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> properties = new TreeMap<>();
        env.forEach((name, value) -> {
            if (value != null && !value.isBlank() && (name.equals("KAFKA_SECURITY_PROTOCOL") || name.startsWith("KAFKA_SASL_") || name.startsWith("KAFKA_SSL_"))) {
                properties.put(name.substring("KAFKA_".length()).toLowerCase().replace('_', '.'), value);
            }
        });
        return properties;
    }

    /** The environment variable that carries a Kafka client property, e.g. sasl.jaas.config to KAFKA_SASL_JAAS_CONFIG. */
    public static String environmentName(String property) {
        return "KAFKA_" + property.toUpperCase().replace('.', '_');
    }

    /** SASL_SSL with SCRAM-SHA-512 and a PEM CA file: what a Strimzi or MSK-style cluster asks of a client. */
    public static Map<String, String> scramOverTls(String username, String password, String caFile) {
        Map<String, String> properties = new TreeMap<>();
        properties.put("security.protocol", "SASL_SSL");
        properties.put("sasl.mechanism", SCRAM_SHA_512);
        properties.put("sasl.jaas.config", scramJaas(username, password));
        if (caFile != null) {
            properties.put("ssl.truststore.type", "PEM");
            properties.put("ssl.truststore.location", caFile);
        }
        return properties;
    }

    public static String scramJaas(String username, String password) {
        if (username.contains("\"") || password.contains("\"")) {
            throw new IllegalArgumentException("a SCRAM user name or password cannot contain a double quote");
        }
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username + "\" password=\"" + password + "\";";
    }

    /** The properties as environment variables for a child process. */
    public static Map<String, String> asEnvironment(Map<String, String> properties) {
        Map<String, String> env = new TreeMap<>();
        properties.forEach((key, value) -> env.put(environmentName(key), value));
        return env;
    }

    /** For messages: the protocol and mechanism, never the JAAS line or a password. */
    public static String describe(Map<String, ?> properties) {
        Object protocol = properties.containsKey("security.protocol") ? properties.get("security.protocol") : "PLAINTEXT";
        Object mechanism = properties.get("sasl.mechanism");
        return String.valueOf(protocol) + (String.valueOf(protocol).startsWith("SASL") && mechanism != null ? " " + mechanism : "");
    }
}
