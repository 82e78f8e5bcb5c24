package dev.newsflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.Json;
import dev.newsflow.local.ServiceFleet;
import dev.newsflow.testplatform.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A service as a container runs it: asked for JSON logs (QUARKUS_LOG_CONSOLE_JSON_ENABLED=true), it writes one
 * JSON object per line. (Traces and OpenAPI are checked in {@link PipelineEndToEndIT}, where every service runs.)
 */
class OperatorConventionsIT {
    private static ServiceFleet services;
    private static long logStart;

    @BeforeAll
    static void start() throws Exception {
        services = new ServiceFleet(TestPlatform.kafkaOnly().config());
        Path log = services.process("ingest").logFile();
        logStart = Files.exists(log) ? Files.size(log) : 0;
        services.start(List.of("ingest"), "", Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"));
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.stop();
        }
    }

    @Test
    void aServiceAskedForJsonLogsWritesOneJsonObjectPerLine() throws Exception {
        byte[] all = Files.readAllBytes(services.process("ingest").logFile());
        List<String> lines = new String(all, (int) logStart, all.length - (int) logStart, java.nio.charset.StandardCharsets.UTF_8)
                .lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty(), "ingest-service logged");
        for (String line : lines) {
            JsonNode entry = Json.MAPPER.readTree(line);
            assertTrue(entry.has("message") && entry.has("level") && entry.has("timestamp"), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("started in")), "the start line is among them");
    }
}
