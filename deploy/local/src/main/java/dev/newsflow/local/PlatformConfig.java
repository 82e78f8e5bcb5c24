package dev.newsflow.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local platform lives and which ports it uses. Every value comes from an environment variable
 * (or a system property of the same name in lower case with dots), so the demo and the tests can run side by side.
 *
 * @param home         data folder: broker and node data, logs, pid files
 * @param dist         folder with the downloaded broker libraries and Elasticsearch zip (deploy/local/target/dist)
 * @param projectRoot  checkout root, where the services' built jars are found
 * @param secure       Kafka over SASL_SSL with SCRAM users and Elasticsearch with security and TLS
 *                     ({@code NEWSFLOW_SECURE=true} or {@code ./pipeline up --secure}; otherwise the mode the platform was last started in)
 */
public record PlatformConfig(Path home, Path dist, Path projectRoot, int kafkaPort, int kafkaControllerPort,
                             int elasticsearchPort, int elasticsearchTransportPort, String elasticsearchHeap,
                             int servicePortBase, int partitions, boolean secure) {
    /** Written at start: later commands (status, push, down) find the platform in the mode it runs in. */
    static final String MODE_FILE = "security-mode";

    public static PlatformConfig fromEnvironment() {
        return fromEnvironment(Map.of());
    }

    /** Reads the configuration; {@code defaults} override the built-in defaults but not the environment. */
    public static PlatformConfig fromEnvironment(Map<String, String> defaults) {
        Path root = findProjectRoot();
        Path home = Path.of(setting("NEWSFLOW_HOME", defaults, root.resolve(".newsflow").toString())).toAbsolutePath();
        String secure = setting("NEWSFLOW_SECURE", defaults, "");
        return new PlatformConfig(
                home,
                Path.of(setting("NEWSFLOW_DIST", defaults, root.resolve("deploy/local/target/dist").toString())).toAbsolutePath(),
                root,
                Integer.parseInt(setting("KAFKA_PORT", defaults, "9092")),
                Integer.parseInt(setting("KAFKA_CONTROLLER_PORT", defaults, "9093")),
                Integer.parseInt(setting("ES_PORT", defaults, "9200")),
                Integer.parseInt(setting("ES_TRANSPORT_PORT", defaults, "9300")),
                setting("ES_HEAP", defaults, "512m"),
                Integer.parseInt(setting("SERVICE_PORT_BASE", defaults, "8080")),
                Integer.parseInt(setting("TOPIC_PARTITIONS", defaults, "4")),
                secure.isBlank() ? lastMode(home) : Boolean.parseBoolean(secure.strip()));
    }

    private static boolean lastMode(Path home) {
        try {
            return Files.exists(home.resolve(MODE_FILE)) && Files.readString(home.resolve(MODE_FILE)).strip().equals("secure");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Credentials and certificates of this platform (see {@link PlatformSecurity}). */
    public PlatformSecurity security() {
        return new PlatformSecurity(this);
    }

    /** Connection properties of a Kafka client of the platform (bootstrap and, when secured, the admin user's SASL_SSL). */
    public java.util.Map<String, Object> kafkaClientProperties() {
        java.util.Map<String, Object> props = new java.util.HashMap<>(security().kafkaClient(PlatformSecurity.KAFKA_ADMIN));
        props.put("bootstrap.servers", kafkaBootstrap());
        return props;
    }

    /** How the platform itself, the pipeline command and the tests reach Elasticsearch. */
    public dev.newsflow.connections.ElasticsearchSettings elasticsearch() {
        return security().elasticsearchAdmin();
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String elasticsearchUrl() {
        return (secure ? "https" : "http") + "://127.0.0.1:" + elasticsearchPort;
    }

    public Path pidDir() {
        return home.resolve("pids");
    }

    public Path logDir() {
        return home.resolve("logs");
    }

    private static String setting(String name, Map<String, String> defaults, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        if (value == null || value.isBlank()) {
            value = defaults.getOrDefault(name, fallback);
        }
        return value;
    }

    /** The checkout root: NEWSFLOW_ROOT, else the nearest folder upwards that holds deploy/local. */
    static Path findProjectRoot() {
        String explicit = System.getenv("NEWSFLOW_ROOT");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/local")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new PlatformException("cannot find the newsflow checkout from " + Path.of("").toAbsolutePath()
                + "; run from inside it or set NEWSFLOW_ROOT");
    }
}
