package dev.newsflow.ingest;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void backoffDoublesWithinJitterAndIsCapped() {
        RetryPolicy low = new RetryPolicy(20, Duration.ofSeconds(2), Duration.ofSeconds(60), CLOCK, () -> 0.0);
        RetryPolicy high = new RetryPolicy(20, Duration.ofSeconds(2), Duration.ofSeconds(60), CLOCK, () -> 0.999999);
        assertEquals(Duration.ofSeconds(1), low.jittered(1));
        assertEquals(Duration.ofSeconds(2), low.jittered(2));
        assertEquals(Duration.ofSeconds(4), low.jittered(3));
        assertTrue(high.jittered(3).compareTo(Duration.ofSeconds(8)) <= 0 && high.jittered(3).compareTo(Duration.ofMillis(7990)) > 0);
        assertEquals(Duration.ofSeconds(30), low.jittered(10), "capped at 60 s, half of it fixed");
        assertTrue(high.jittered(50).compareTo(Duration.ofSeconds(60)) <= 0, "no overflow on large attempts");
    }

    @Test
    void lastAttemptBecomesRejected() {
        RetryPolicy policy = new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(60), CLOCK, () -> 0.5);
        assertInstanceOf(FetchOutcome.Retry.class, policy.decide("u", 1, 503, "HTTP 503", null));
        FetchOutcome.Rejected rejected = assertInstanceOf(FetchOutcome.Rejected.class, policy.decide("u", 2, 503, "HTTP 503", null));
        assertEquals(503, rejected.status());
    }

    @Test
    void retryAfterIsParsedAndClamped() {
        assertEquals(Duration.ofSeconds(30), RetryPolicy.parseRetryAfter("30", NOW));
        assertEquals(Duration.ofSeconds(10), RetryPolicy.parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", NOW));
        assertEquals(Duration.ZERO, RetryPolicy.parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", NOW));
        assertEquals(RetryPolicy.MAX_RETRY_AFTER, RetryPolicy.parseRetryAfter("99999999", NOW));
        assertNull(RetryPolicy.parseRetryAfter("soon", NOW));
        assertNull(RetryPolicy.parseRetryAfter(null, NOW));
        assertNull(RetryPolicy.parseRetryAfter("-5", NOW));
    }

    @Test
    void transientStatuses() {
        for (int status : new int[]{408, 429, 500, 502, 503, 504}) {
            assertTrue(RetryPolicy.isTransient(status), String.valueOf(status));
        }
        for (int status : new int[]{400, 401, 403, 404, 410, 501, 505}) {
            assertTrue(!RetryPolicy.isTransient(status), String.valueOf(status));
        }
    }
}
