package dev.newsflow.local;

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
    public static LocalPlatform forTests(java.nio.file.Path home) {
        return new LocalPlatform(PlatformConfig.fromEnvironment(Map.of(
                "NEWSFLOW_HOME", home.toString(),
                "KAFKA_PORT", "19092",
                "KAFKA_CONTROLLER_PORT", "19093",
                "ES_PORT", "19200",
                "ES_TRANSPORT_PORT", "19300",
                "SERVICE_PORT_BASE", "18080",
                "TOPIC_PARTITIONS", "2")));
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
        kafka.start();
        elasticsearch.start();
    }

    public void stop() {
        elasticsearch.stop();
        kafka.stop();
    }

    public static void main(String[] args) {
        LocalPlatform platform = new LocalPlatform(PlatformConfig.fromEnvironment());
        if (args.length > 0 && args[0].equals("stop")) {
            platform.stop();
        } else {
            platform.start();
            System.out.println("Kafka " + platform.config.kafkaBootstrap() + ", Elasticsearch " + platform.config.elasticsearchUrl());
        }
    }
}
