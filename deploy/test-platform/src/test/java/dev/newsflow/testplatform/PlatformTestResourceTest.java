package dev.newsflow.testplatform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The Quarkus test resource hands a service the address of a broker that answers, on whichever platform runs. */
class PlatformTestResourceTest {
    @Test
    void pointsTheServiceAtTheRunsKafkaAndTurnsDevServicesOff() throws Exception {
        PlatformTestResource resource = new PlatformTestResource();
        resource.init(Map.of("servers", "kafka"));
        Map<String, String> config = resource.start();
        assertEquals("false", config.get("quarkus.devservices.enabled"));
        assertFalse(config.containsKey("newsflow.elasticsearch.url"), "Elasticsearch was not asked for");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("kafka.bootstrap.servers")))) {
            assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains("pages.raw"), "the pipeline topics exist");
        }
    }
}
