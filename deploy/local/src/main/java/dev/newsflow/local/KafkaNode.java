package dev.newsflow.local;

import dev.newsflow.connections.KafkaClientSecurity;
import dev.newsflow.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** A single-node Kafka KRaft broker (combined broker and controller) run from the Maven Central artifacts. */
public final class KafkaNode {
    /** Retries of ingest wait here with their not-before time, so a restart loses none. */
    public static final String RETRY_TOPIC = Topics.URLS + ".retry";

    private final PlatformConfig config;
    private final ManagedProcess process;

    public KafkaNode(PlatformConfig config) {
        this.config = config;
        this.process = new ManagedProcess("kafka", config);
    }

    public ManagedProcess process() {
        return process;
    }

    /** Secured and plain brokers keep separate data: SCRAM users are written when the storage is formatted. */
    private Path dir() {
        return config.home().resolve(config.secure() ? "kafka-secure" : "kafka");
    }

    public void start() {
        config.security().prepare(process, "Kafka");
        if (process.isRunning()) {
            return;
        }
        requireFree(config.kafkaPort(), "Kafka");
        requireFree(config.kafkaControllerPort(), "the Kafka controller");
        Path libs = config.dist().resolve("kafka-libs");
        if (!Files.isDirectory(libs)) {
            throw new PlatformException("Kafka is not downloaded yet (" + libs + " is missing): run ./mvnw -DskipTests install first");
        }
        try {
            Path properties = writeServerProperties();
            if (!Files.exists(dir().resolve("data/meta.properties"))) {
                format(properties);
            }
            process.start(List.of(JavaRuntime.java(), "-Xms256m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", classpath(), "kafka.Kafka", properties.toString()),
                    Map.of(), dir());
        } catch (IOException e) {
            throw new PlatformException("could not prepare Kafka in " + dir() + ": " + e.getMessage(), e);
        }
        if (!ManagedProcess.waitUntil(this::isReady, Duration.ofSeconds(90))) {
            throw new PlatformException("Kafka did not become ready on port " + config.kafkaPort() + " within 90 s. Last log lines:\n"
                    + process.logTail(30));
        }
        createTopics();
    }

    private String classpath() {
        Path lib = config.dist().getParent().resolve("lib");
        return config.dist().resolve("kafka-libs") + "/*:" + lib + "/*";
    }

    private Path writeServerProperties() throws IOException {
        Files.createDirectories(dir().resolve("data"));
        String listener = config.secure() ? "SASL_SSL" : "PLAINTEXT";
        String listeners = listener + "://127.0.0.1:" + config.kafkaPort() + ",CONTROLLER://127.0.0.1:" + config.kafkaControllerPort();
        String text = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + config.kafkaControllerPort(),
                "listeners=" + listeners,
                "advertised.listeners=" + listener + "://127.0.0.1:" + config.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=" + listener,
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT," + listener + ":" + listener,
                securedListener(),
                "log.dirs=" + dir().resolve("data"),
                "num.partitions=" + config.partitions(),
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "message.max.bytes=16777216",
                "");
        Path file = dir().resolve("server.properties");
        Files.writeString(file, text);
        return file;
    }

    /**
     * The SASL_SSL listener of the secured platform: SCRAM-SHA-512 only, the platform's server certificate, and
     * client certificates signed by the platform CA accepted (mTLS) but not required. The controller listener stays
     * on loopback in plain text: only this broker's own controller uses it.
     */
    private String securedListener() {
        if (!config.secure()) {
            return "";
        }
        PlatformSecurity security = config.security();
        PlatformCertificates tls = security.certificates();
        return String.join("\n",
                "sasl.enabled.mechanisms=" + KafkaClientSecurity.SCRAM_SHA_512,
                "sasl.mechanism.inter.broker.protocol=" + KafkaClientSecurity.SCRAM_SHA_512,
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config="
                        + KafkaClientSecurity.scramJaas(PlatformSecurity.KAFKA_ADMIN, security.kafkaPassword(PlatformSecurity.KAFKA_ADMIN)),
                "super.users=User:" + PlatformSecurity.KAFKA_ADMIN,
                "ssl.keystore.type=PEM",
                "ssl.keystore.location=" + tls.serverKeyAndCertificate(),
                "ssl.truststore.type=PEM",
                "ssl.truststore.location=" + tls.caFile(),
                "ssl.client.auth=requested");
    }

    private void format(Path properties) throws IOException {
        Files.createDirectories(config.logDir());
        List<String> command = new ArrayList<>(List.of(JavaRuntime.java(), "-cp", classpath(), "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString(), "--ignore-formatted"));
        if (config.secure()) {
            PlatformSecurity security = config.security();
            for (String user : List.of(PlatformSecurity.KAFKA_ADMIN, PlatformSecurity.KAFKA_SERVICE)) {
                command.addAll(List.of("--add-scram", KafkaClientSecurity.SCRAM_SHA_512 + "=[name=" + user + ",password=" + security.kafkaPassword(user) + "]"));
            }
        }
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(process.logFile().toFile())).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new PlatformException("formatting Kafka storage failed:\n" + process.logTail(20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while formatting Kafka storage");
        }
    }

    public boolean isReady() {
        if (!ManagedProcess.portOpen(config.kafkaPort())) {
            return false;
        }
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public Admin admin() {
        Properties props = new Properties();
        props.putAll(config.kafkaClientProperties());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        return Admin.create(props);
    }

    /** The pipeline topics, their dead-letter twins and the retry topic. */
    public static List<String> pipelineTopics() {
        List<String> names = new ArrayList<>();
        for (String topic : Topics.ALL) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        names.add(RETRY_TOPIC);
        return names;
    }

    private void createTopics() {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = pipelineTopics().stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, config.partitions(), (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new PlatformException("could not create topics: " + e.getCause().getMessage(), e);
            }
        } catch (Exception e) {
            throw new PlatformException("could not create topics: " + e.getMessage(), e);
        }
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    static void requireFree(int port, String what) {
        if (ManagedProcess.portOpen(port)) {
            throw new PlatformException("port " + port + " for " + what + " is already in use by another program; stop it or choose another port (see README, Configuration)");
        }
    }
}
