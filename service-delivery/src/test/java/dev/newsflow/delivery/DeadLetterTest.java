package dev.newsflow.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** Guarantee: a dead letter is the input unchanged plus where it came from and why, in one line. */
class DeadLetterTest {
    @Test
    void copyKeepsTheInputAndAddsWhereAndWhy() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("pages.raw", 1, 42L, "doc", new byte[]{1, 2, 3});
        record.headers().add("trace", "t1".getBytes(StandardCharsets.UTF_8));
        record.headers().add(DeadLetter.REASON, "an older reason".getBytes(StandardCharsets.UTF_8));
        DeadLetter letter = DeadLetter.of(record, "the page body is empty");
        assertEquals("pages.raw.dlq", letter.deadLetterTopic());
        assertArrayEquals(new byte[]{1, 2, 3}, letter.value());
        Headers out = letter.outgoingHeaders();
        assertEquals("t1", text(out, "trace"));
        assertEquals("the page body is empty", text(out, DeadLetter.REASON));
        assertEquals(1, count(out, DeadLetter.REASON), "a replayed record that fails again carries only the new reason");
        assertEquals("pages.raw", text(out, DeadLetter.TOPIC));
        assertEquals("1", text(out, DeadLetter.PARTITION));
        assertEquals("42", text(out, DeadLetter.OFFSET));
    }

    @Test
    void reasonsAreOneBoundedLine() {
        assertEquals("bad input", Reasons.of(new IllegalArgumentException("bad\n input")));
        assertEquals("NullPointerException: temporal", Reasons.of(new NullPointerException("temporal")));
        assertEquals("IllegalStateException", Reasons.of(new IllegalStateException()));
        assertTrue(Reasons.of(new StackOverflowError()).contains("nested too deeply"));
        assertEquals(Reasons.MAX_LENGTH, Reasons.clip("x".repeat(5000)).length());
    }

    @Test
    void onlyFailuresAboutTheRecordAreFinal() {
        assertTrue(ReliableSender.aboutTheRecord(new RuntimeException(new RecordTooLargeException("too large"))));
        assertFalse(ReliableSender.aboutTheRecord(new TimeoutException("broker down")));
        assertFalse(ReliableSender.aboutTheRecord(new IllegalStateException("anything else")));
    }

    private static String text(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }

    private static int count(Headers headers, String key) {
        int n = 0;
        for (var h : headers.headers(key)) {
            n++;
        }
        return n;
    }
}
