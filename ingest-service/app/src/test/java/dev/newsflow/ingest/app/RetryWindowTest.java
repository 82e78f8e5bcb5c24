package dev.newsflow.ingest.app;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.*;

/** Guarantee: pending retries in memory are bounded; the next record waits (in Kafka) until a place frees. */
class RetryWindowTest {
    @Test
    void theRecordAfterAFullWindowWaitsForAPlace() {
        RetryWindow window = new RetryWindow(2);
        assertTrue(window.acquire().toCompletableFuture().isDone());
        assertTrue(window.acquire().toCompletableFuture().isDone());
        CompletionStage<Void> third = window.acquire();
        assertFalse(third.toCompletableFuture().isDone(), "a full window holds the channel");
        assertEquals(2, window.taken());
        window.release();
        assertTrue(third.toCompletableFuture().isDone(), "the freed place passes to the waiting record");
        assertEquals(2, window.taken());
        window.release();
        window.release();
        assertEquals(0, window.taken());
    }
}
