package dev.newsflow.e2e.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Guarantee "nothing lost, dead-lettering cannot fail for size" (issue 9), as configured: every Kafka producer a
 * service creates (its outgoing channels and the connector's dead-letter backstop of each incoming channel) is
 * acknowledged by all in-sync replicas, idempotent, and takes records as large as its destination accepts. A
 * producer left on Kafka's defaults (acks=1 before Kafka 3, 1 MiB requests) is the failure this test names.
 */
class ProducerSettingsTest {
    private static final Pattern OUTGOING = Pattern.compile("mp\\.messaging\\.outgoing\\.([\\w-]+)\\.connector");
    private static final Pattern BACKSTOP = Pattern.compile("mp\\.messaging\\.incoming\\.([\\w-]+)\\.failure-strategy");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");

    @Test
    void everyProducerIsAcknowledgedByAllReplicasIdempotentAndSizedForItsTopic() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, SettingsFile> entry : ConfigurationSurfaceTest.files().entrySet()) {
            SettingsFile file = entry.getValue();
            long pipelineLimit = number(file, "newsflow.kafka.max-message-bytes");
            long deadLetterLimit = number(file, "newsflow.kafka.dead-letter-max-message-bytes");
            assertTrue(deadLetterLimit > pipelineLimit, entry.getKey() + ": a dead letter carries its record plus headers");
            for (String key : file.settings().keySet()) {
                Matcher outgoing = OUTGOING.matcher(key);
                if (outgoing.matches() && "smallrye-kafka".equals(file.value(key))) {
                    String prefix = "mp.messaging.outgoing." + outgoing.group(1) + ".";
                    String topic = file.value(prefix + "topic");
                    boolean deadLetters = topic != null && topic.endsWith(".dlq");
                    check(entry.getKey(), file, prefix, deadLetters ? deadLetterLimit : pipelineLimit, wrong);
                }
                Matcher backstop = BACKSTOP.matcher(key);
                if (backstop.matches() && "dead-letter-queue".equals(file.value(key))) {
                    check(entry.getKey(), file, "mp.messaging.incoming." + backstop.group(1) + ".dead-letter-queue.", deadLetterLimit, wrong);
                }
            }
        }
        assertEquals(List.of(), wrong, "producers on Kafka's defaults");
    }

    @Test
    void theBackstopOfEveryConsumerIsChecked() throws IOException {
        int backstops = 0;
        for (SettingsFile file : ConfigurationSurfaceTest.files().values()) {
            backstops += (int) file.settings().keySet().stream().filter(k -> BACKSTOP.matcher(k).matches()).count();
        }
        assertEquals(5, backstops, "urls, urls.retry, pages.raw, pages.clean and pages.enriched each have a backstop");
    }

    private static void check(String service, SettingsFile file, String prefix, long limit, List<String> wrong) {
        if (!"all".equals(file.value(prefix + "acks")) && !"-1".equals(file.value(prefix + "acks"))) {
            wrong.add(service + " " + prefix + "acks=" + file.value(prefix + "acks"));
        }
        if (!"true".equals(file.value(prefix + "enable.idempotence"))) {
            wrong.add(service + " " + prefix + "enable.idempotence=" + file.value(prefix + "enable.idempotence"));
        }
        String size = file.value(prefix + "max.request.size");
        if (size == null || resolve(file, size) < limit) {
            wrong.add(service + " " + prefix + "max.request.size=" + size + " (needs " + limit + ")");
        }
    }

    private static long number(SettingsFile file, String key) {
        String value = file.value(key);
        assertNotNull(value, key);
        return resolve(file, value);
    }

    private static long resolve(SettingsFile file, String value) {
        Matcher reference = REFERENCE.matcher(value);
        return reference.matches() ? number(file, reference.group(1)) : Long.parseLong(value.strip());
    }
}
