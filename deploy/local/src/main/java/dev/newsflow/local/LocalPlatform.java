package dev.newsflow.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The local platform: one Kafka broker and one Elasticsearch node, started as processes.
 * The demo and the test suite use the same class with different ports and folders.
 */
public final class LocalPlatform {
    private final PlatformConfig config;
    private final KafkaNode kafka;
    private final ElasticsearchNode elasticsearch;

    public LocalPlatform(PlatformConfig config) {
        this.config = config;
        this.kafka = new KafkaNode(config);
        this.elasticsearch = new ElasticsearchNode(config);
    }

    /** The platform the test suite uses: its own ports and a folder under the module's target/. */
    public static LocalPlatform forTests(Path home) {
        return new LocalPlatform(PlatformConfig.fromEnvironment(Map.of(
                "NEWSFLOW_HOME", home.toString(),
                "KAFKA_PORT", "19092",
                "KAFKA_CONTROLLER_PORT", "19093",
                "ES_PORT", "19200",
                "ES_TRANSPORT_PORT", "19300",
                "SERVICE_PORT_BASE", "18080",
                "TOPIC_PARTITIONS", "2",
                // plain unless asked for (NEWSFLOW_SECURE=true or -Dnewsflow.secure=true, as e2e-tests does)
                "NEWSFLOW_SECURE", "false")));
    }

    public PlatformConfig config() {
        return config;
    }

    public KafkaNode kafka() {
        return kafka;
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    public void start() {
        exclusively(() -> {
            kafka.start();
            elasticsearch.start();
        });
    }

    /**
     * Runs a start or stop while holding the platform folder's lock, so that two processes sharing the folder
     * (parallel test JVMs, a test and a benchmark) start each server once and reuse it.
     */
    public void exclusively(Runnable action) {
        try {
            Files.createDirectories(config.home());
            try (FileChannel channel = FileChannel.open(config.home().resolve("platform.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                action.run();
            }
        } catch (IOException e) {
            throw new PlatformException("cannot lock the platform folder " + config.home() + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        exclusively(() -> {
            elasticsearch.stop();
            kafka.stop();
        });
    }

    public static void main(String[] args) {
        LocalPlatform platform = new LocalPlatform(PlatformConfig.fromEnvironment());
        if (args.length > 0 && args[0].equals("stop")) {
            platform.stop();
        } else {
            platform.start();
            System.out.println("Kafka " + platform.config.kafkaBootstrap() + ", " + platform.config.elasticsearch());
        }
    }
}
