package dev.newsflow.local;

import java.nio.file.Path;

/**
 * The platform for the test suite: real Kafka and Elasticsearch on test ports (19092, 19200), started once per
 * test JVM and stopped when it exits. Data lives under the checkout's target/test-platform.
 */
public final class TestPlatform {
    private static LocalPlatform platform;

    private TestPlatform() {
    }

    public static synchronized LocalPlatform kafkaAndElasticsearch() {
        LocalPlatform p = shared();
        p.exclusively(() -> {
            p.kafka().start();
            p.elasticsearch().start();
        });
        return p;
    }

    public static synchronized LocalPlatform kafkaOnly() {
        LocalPlatform p = shared();
        p.exclusively(p.kafka()::start);
        return p;
    }

    public static synchronized LocalPlatform elasticsearchOnly() {
        LocalPlatform p = shared();
        p.exclusively(p.elasticsearch()::start);
        return p;
    }

    private static LocalPlatform shared() {
        if (platform == null) {
            Path home = PlatformConfig.findProjectRoot().resolve("target/test-platform");
            platform = LocalPlatform.forTests(home);
            LocalPlatform started = platform;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-test-platform"));
        }
        return platform;
    }
}
