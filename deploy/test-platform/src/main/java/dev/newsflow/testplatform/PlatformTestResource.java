package dev.newsflow.testplatform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The test platform for {@code @QuarkusTest}s: {@code @WithTestResource(PlatformTestResource.class)} points the
 * service at the run's Kafka and Elasticsearch (and turns Quarkus' own Dev Services off, which would want Docker).
 * Init arguments: {@code servers} = {@code kafka}, {@code elasticsearch} or both (default), {@code secured} = true.
 */
public final class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
    private boolean kafka = true;
    private boolean elasticsearch = true;
    private PlatformOptions options = PlatformOptions.DEFAULT;

    @Override
    public void init(Map<String, String> args) {
        String servers = args.getOrDefault("servers", "kafka,elasticsearch");
        kafka = servers.contains("kafka");
        elasticsearch = servers.contains("elasticsearch");
        options = Boolean.parseBoolean(args.getOrDefault("secured", "false")) ? PlatformOptions.SECURED : PlatformOptions.DEFAULT;
    }

    @Override
    public Map<String, String> start() {
        TestServers servers = TestPlatform.start(options, kafka, elasticsearch);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.devservices.enabled", "false");
        if (kafka) {
            config.put("kafka.bootstrap.servers", servers.kafkaBootstrap());
        }
        if (elasticsearch) {
            config.put("newsflow.elasticsearch.url", servers.elasticsearchUrl());
        }
        return config;
    }

    @Override
    public void stop() {
        // the servers are shared by every test of the JVM and stop when it exits
    }
}
