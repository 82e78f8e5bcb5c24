package dev.newsflow.testplatform;

import dev.newsflow.local.PlatformConfig;
import dev.newsflow.local.PlatformException;
import org.junit.jupiter.api.Test;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The containers platform up to the point where it would need an engine: the containers are defined with the
 * process platform's versions, ports and settings. (Starting them needs Docker; these machines have none.)
 */
class ContainerDefinitionTest {
    private final PlatformConfig config = TestPlatform.testConfig();
    private final PlatformVersions versions = PlatformVersions.current();

    @Test
    void versionsAreTheOnesTheProcessPlatformDownloads() throws Exception {
        assertFalse(versions.kafka().isBlank() || versions.kafka().contains("${"), versions.kafka());
        assertFalse(versions.elasticsearch().isBlank() || versions.elasticsearch().contains("${"), versions.elasticsearch());
        Path kafkaLibs = config.dist().resolve("kafka-libs");
        if (Files.isDirectory(kafkaLibs)) {
            assertTrue(Files.exists(kafkaLibs.resolve("kafka_2.13-" + versions.kafka() + ".jar")), "the broker jar of " + versions.kafka() + " in " + kafkaLibs);
        }
    }

    // getDockerImageName() would resolve the image through the engine; the image's description names it without one
    @Test
    void kafkaIsTheApacheImageOfThatVersionOnTheTestPort() {
        KafkaContainer kafka = ContainerServers.kafkaContainer(config, versions);
        assertTrue(kafka.getImage().toString().contains("imageName=apache/kafka:" + versions.kafka() + ","), kafka.getImage().toString());
        assertEquals(java.util.List.of(config.kafkaPort() + ":9092/tcp"), kafka.getPortBindings());
        assertEquals(Integer.toString(config.partitions()), kafka.getEnvMap().get("KAFKA_NUM_PARTITIONS"));
        assertEquals("16777216", kafka.getEnvMap().get("KAFKA_MESSAGE_MAX_BYTES"), "the process broker's message.max.bytes");
    }

    @Test
    void elasticsearchIsTheOfficialImageOfThatVersionWithSecurityOffLikeTheProcessNode() {
        ElasticsearchContainer es = ContainerServers.elasticsearchContainer(config, versions);
        assertTrue(es.getImage().toString().contains("imageName=docker.elastic.co/elasticsearch/elasticsearch:" + versions.elasticsearch() + ","), es.getImage().toString());
        assertEquals(java.util.List.of(config.elasticsearchPort() + ":9200/tcp"), es.getPortBindings());
        assertEquals("false", es.getEnvMap().get("xpack.security.enabled"));
        assertEquals("false", es.getEnvMap().get("cluster.routing.allocation.disk.threshold_enabled"));
        assertTrue(es.getEnvMap().get("ES_JAVA_OPTS").contains("-Xmx" + config.elasticsearchHeap()));
    }

    @Test
    void securedIsRefusedClearlyWhereAPlatformHasNoSecuredMode() {
        PlatformException e = assertThrows(PlatformException.class, () -> new ContainerServers(config, versions, PlatformOptions.SECURED));
        assertTrue(e.getMessage().contains("no secured mode"), e.getMessage());
    }
}
