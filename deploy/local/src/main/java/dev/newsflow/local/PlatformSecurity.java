package dev.newsflow.local;

import dev.newsflow.connections.ElasticsearchSettings;
import dev.newsflow.connections.KafkaClientSecurity;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Credentials and certificates of the local platform, generated on first use and kept (owner-readable only) in
 * {@code <home>/security/}: the REST API key of the services (always: writes need one, secured or not) and, when the
 * platform is secured, the Kafka SCRAM users, the Elasticsearch users, and the CA and server certificate.
 */
public final class PlatformSecurity {
    public static final String KAFKA_ADMIN = "newsflow-admin";
    public static final String KAFKA_SERVICE = "newsflow-service";
    public static final String ELASTICSEARCH_ADMIN = "newsflow-admin";
    public static final String ELASTICSEARCH_SERVICE = "newsflow-service";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final PlatformConfig config;
    private final PlatformCertificates certificates;

    PlatformSecurity(PlatformConfig config) {
        this.config = config;
        this.certificates = new PlatformCertificates(dir().resolve("tls"));
    }

    Path dir() {
        return config.home().resolve("security");
    }

    PlatformCertificates certificates() {
        return certificates;
    }

    /**
     * Before a server starts: refuses to mix modes (a plain broker running while a secured one is asked for, or
     * the reverse), records the mode for later commands, and creates what is missing.
     */
    void prepare(ManagedProcess server, String what) {
        String wanted = config.secure() ? "secure" : "plain";
        Path modeFile = config.pidDir().resolve(server.name() + ".mode");
        try {
            String recorded = Files.exists(modeFile) ? Files.readString(modeFile).strip() : "plain";
            if (server.isRunning()) {
                if (!recorded.equals(wanted)) {
                    throw new PlatformException(what + " is running " + (recorded.equals("secure") ? "secured" : "unsecured")
                            + ", but a" + (config.secure() ? " secured" : "n unsecured") + " platform was asked for: stop it first (./pipeline down)");
                }
                return;
            }
            Files.createDirectories(config.pidDir());
            Files.writeString(modeFile, wanted + "\n");
            Files.writeString(config.home().resolve(PlatformConfig.MODE_FILE), wanted + "\n");
        } catch (IOException e) {
            throw new PlatformException("cannot record the platform mode in " + modeFile + ": " + e.getMessage(), e);
        }
        ensure();
    }

    /** Creates what is missing (secrets; certificates when secured). */
    void ensure() {
        if (config.secure()) {
            certificates.ensure();
        }
        restApiKey();
    }

    /** The key clients send to the services' write endpoints ({@code Authorization: Bearer <key>}). */
    public String restApiKey() {
        return secret("rest.api-key");
    }

    public String kafkaPassword(String user) {
        return secret("kafka." + user + ".password");
    }

    public String elasticsearchPassword(String user) {
        return secret("elasticsearch." + user + ".password");
    }

    /** Security properties of a Kafka client logged in as {@code user}; empty when the platform is not secured. */
    public Map<String, String> kafkaClient(String user) {
        if (!config.secure()) {
            return Map.of();
        }
        return KafkaClientSecurity.scramOverTls(user, kafkaPassword(user), certificates.caFile().toString());
    }

    /** The platform's own view of Elasticsearch (readiness, the pipeline command, tests): the admin user. */
    public ElasticsearchSettings elasticsearchAdmin() {
        if (!config.secure()) {
            return ElasticsearchSettings.unsecured(config.elasticsearchUrl());
        }
        return new ElasticsearchSettings(config.elasticsearchUrl(), null, ELASTICSEARCH_ADMIN, elasticsearchPassword(ELASTICSEARCH_ADMIN),
                certificates.caFile());
    }

    /** What the services use: a user whose role reaches only the newsflow indices. */
    public ElasticsearchSettings elasticsearchService() {
        if (!config.secure()) {
            return ElasticsearchSettings.unsecured(config.elasticsearchUrl());
        }
        return new ElasticsearchSettings(config.elasticsearchUrl(), null, ELASTICSEARCH_SERVICE, elasticsearchPassword(ELASTICSEARCH_SERVICE),
                certificates.caFile());
    }

    /** Environment for a service process: Kafka and Elasticsearch settings and the accepted REST API key. */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.putAll(KafkaClientSecurity.asEnvironment(kafkaClient(KAFKA_SERVICE)));
        env.putAll(elasticsearchService().asEnvironment());
        env.put("NEWSFLOW_API_KEYS", restApiKey());
        return env;
    }

    private synchronized String secret(String name) {
        String value = load().getProperty(name);
        return value != null ? value : generate(name);
    }

    private String generate(String name) {
        String[] created = new String[1];
        withLock(props -> {
            created[0] = props.getProperty(name);
            if (created[0] == null) {
                created[0] = randomSecret(name.startsWith("rest.") ? 40 : 24);
                props.setProperty(name, created[0]);
                return true;
            }
            return false;
        });
        return created[0];
    }

    private interface Change {
        boolean apply(Properties props);
    }

    private void withLock(Change change) {
        try {
            Files.createDirectories(dir());
            try (FileChannel channel = FileChannel.open(dir().resolve("secrets.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Properties props = load();
                if (change.apply(props)) {
                    Path temp = dir().resolve("secrets.properties.tmp");
                    try (Writer out = Files.newBufferedWriter(temp)) {
                        props.store(out, "newsflow local platform credentials: keep private");
                    }
                    ownerOnly(temp);
                    Files.move(temp, secretsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new PlatformException("cannot write the platform credentials in " + dir() + ": " + e.getMessage(), e);
        }
    }

    private Path secretsFile() {
        return dir().resolve("secrets.properties");
    }

    private Properties load() {
        Properties props = new Properties();
        if (Files.exists(secretsFile())) {
            try (Reader in = Files.newBufferedReader(secretsFile())) {
                props.load(in);
            } catch (IOException e) {
                throw new PlatformException("cannot read the platform credentials " + secretsFile() + ": " + e.getMessage(), e);
            }
        }
        return props;
    }

    static String randomSecret(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
