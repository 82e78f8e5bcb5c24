package dev.newsflow.local;

import dev.newsflow.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KafkaProducersTest {
    private static final Map<String, Object> SECURED = Map.of("bootstrap.servers", "127.0.0.1:1", "security.protocol", "SASL_SSL");

    @Test
    void losslessProducersKeepTheConnectionAndLoseNothing() {
        Properties p = KafkaProducers.lossless(SECURED);
        assertEquals("SASL_SSL", p.get("security.protocol"));
        assertEquals("all", p.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(true, p.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals(Topics.MAX_MESSAGE_BYTES, p.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    }

    @Test
    void urlProducersGiveUpWithinTheirDeliveryTimeout() {
        Properties p = KafkaProducers.urls(SECURED, 20_000);
        assertEquals("127.0.0.1:1", p.get("bootstrap.servers"));
        assertEquals("all", p.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(20_000, p.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
    }
}
