package dev.newsflow.delivery;

import io.opentelemetry.api.trace.Span;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BatchRelayTraceTest {
    @Test
    void anOutputContinuesTheTraceItsInputRecordCarries() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("pages.raw", 0, 7L, "k", new byte[0]);
        record.headers().add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));
        var parent = Span.fromContext(BatchRelay.parentOf(record)).getSpanContext();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
    }

    @Test
    void aRecordWithoutTraceHeadersHasNoParent() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("pages.raw", 0, 7L, "k", new byte[0]);
        assertFalse(Span.fromContext(BatchRelay.parentOf(record)).getSpanContext().isValid());
    }
}
