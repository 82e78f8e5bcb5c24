package dev.newsflow.testplatform;

import dev.newsflow.local.ElasticsearchNode;
import dev.newsflow.local.KafkaNode;
import dev.newsflow.local.PlatformConfig;
import dev.newsflow.local.PlatformException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Kafka (KRaft, the apache/kafka image) and Elasticsearch (the official image) through Testcontainers, with the
 * versions and settings of the process platform. Each container is bound to the same host port the process
 * platform would use, so {@link #config()} holds for both and a stopped container comes back at the same address.
 */
final class ContainerServers implements TestServers {
    private static final Duration RESTART_WAIT = Duration.ofSeconds(120);

    private final PlatformConfig config;
    private final ContainerServer kafka;
    private final ContainerServer elasticsearch;

    ContainerServers(PlatformConfig config, PlatformVersions versions, PlatformOptions options) {
        if (options.secured()) {
            throw new PlatformException("the containers platform has no secured mode yet; run secured tests with "
                    + PlatformSelection.SETTING + "=process");
        }
        this.config = config;
        KafkaNode kafkaNode = new KafkaNode(config);
        this.kafka = new ContainerServer(kafkaContainer(config, versions), kafkaNode::isReady, this::createTopics);
        this.elasticsearch = new ContainerServer(elasticsearchContainer(config, versions), new ElasticsearchNode(config)::isReady, () -> { });
    }

    /** The broker as the process platform runs it: one KRaft node, the pipeline's partitions and message size. */
    static KafkaContainer kafkaContainer(PlatformConfig config, PlatformVersions versions) {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(versions.kafkaImage()))
                .withEnv("KAFKA_NUM_PARTITIONS", Integer.toString(config.partitions()))
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "4")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", "16777216");
        container.setPortBindings(List.of(config.kafkaPort() + ":9092"));
        return container;
    }

    /** The node as the process platform runs it: single node, security off, no disk watermarks, its heap. */
    static ElasticsearchContainer elasticsearchContainer(PlatformConfig config, PlatformVersions versions) {
        ElasticsearchContainer container = new ElasticsearchContainer(DockerImageName.parse(versions.elasticsearchImage()))
                .withEnv("cluster.name", "newsflow-local")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
                .withEnv("action.destructive_requires_name", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms" + config.elasticsearchHeap() + " -Xmx" + config.elasticsearchHeap());
        container.setPortBindings(List.of(config.elasticsearchPort() + ":9200"));
        return container;
    }

    private void createTopics() {
        try (Admin admin = new KafkaNode(config).admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = KafkaNode.pipelineTopics().stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, config.partitions(), (short) 1)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new PlatformException("could not create the pipeline topics in the Kafka container: " + e.getMessage(), e);
        }
    }

    void stopAll() {
        elasticsearch.remove();
        kafka.remove();
    }

    @Override
    public PlatformKind kind() {
        return PlatformKind.CONTAINERS;
    }

    @Override
    public PlatformConfig config() {
        return config;
    }

    @Override
    public Server kafka() {
        return kafka;
    }

    @Override
    public Server elasticsearch() {
        return elasticsearch;
    }

    /**
     * A container created once; stop and start afterwards stop and restart that same container through the Docker API (not
     * Testcontainers' stop, which removes it), so its data and its host port survive an outage.
     */
    static final class ContainerServer implements Server {
        private final GenericContainer<?> container;
        private final BooleanSupplier ready;
        private final Runnable afterFirstStart;
        private boolean created;
        private boolean running;

        ContainerServer(GenericContainer<?> container, BooleanSupplier ready, Runnable afterFirstStart) {
            this.container = container;
            this.ready = ready;
            this.afterFirstStart = afterFirstStart;
        }

        @Override
        public synchronized void start() {
            if (running) {
                return;
            }
            if (!created) {
                container.start();
                created = true;
                requireLocal(container.getHost());
                afterFirstStart.run();
            } else {
                container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
                waitUntilReady();
            }
            running = true;
        }

        @Override
        public synchronized void stop() {
            if (running) {
                container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(20).exec();
                running = false;
            }
        }

        synchronized void remove() {
            if (created) {
                container.stop();
                created = false;
                running = false;
            }
        }

        private void waitUntilReady() {
            long deadline = System.nanoTime() + RESTART_WAIT.toNanos();
            while (!ready.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new PlatformException(container.getDockerImageName() + " did not answer within "
                            + RESTART_WAIT.toSeconds() + " s of its restart");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PlatformException("interrupted while waiting for " + container.getDockerImageName());
                }
            }
        }

        /** The services of a test reach the servers on 127.0.0.1, so the engine must publish ports on this machine. */
        private static void requireLocal(String host) {
            try {
                if (!InetAddress.getByName(host).isLoopbackAddress()) {
                    throw new PlatformException("the Docker engine publishes ports on " + host + ", not on this machine; the containers platform"
                            + " needs a local engine (or set " + PlatformSelection.SETTING + "=process)");
                }
            } catch (java.net.UnknownHostException e) {
                throw new PlatformException("cannot resolve the Docker host " + host + ": " + e.getMessage(), e);
            }
        }
    }
}
