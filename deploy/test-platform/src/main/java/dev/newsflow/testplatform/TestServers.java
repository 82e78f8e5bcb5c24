package dev.newsflow.testplatform;

import dev.newsflow.local.PlatformConfig;

/**
 * Kafka and Elasticsearch as a test sees them, whichever platform runs them. Tests only use this interface, so
 * they run unchanged on the process platform and on Testcontainers.
 */
public interface TestServers {
    /** Which platform runs the servers. */
    PlatformKind kind();

    /** Ports and folders of the run (the services of {@code ServiceFleet} read their addresses from here). */
    PlatformConfig config();

    default String kafkaBootstrap() {
        return config().kafkaBootstrap();
    }

    default String elasticsearchUrl() {
        return config().elasticsearchUrl();
    }

    Server kafka();

    Server elasticsearch();

    /** One server that a test may stop and start again (an outage) at the same address. */
    interface Server {
        void start();

        void stop();
    }
}
