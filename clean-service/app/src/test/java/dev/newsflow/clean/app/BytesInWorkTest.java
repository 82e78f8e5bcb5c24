package dev.newsflow.clean.app;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BytesInWorkTest {
    @Test
    void aLargePageWaitsUntilTheBudgetIsFreeAndEverythingIsGivenBack() throws Exception {
        BytesInWork budget = new BytesInWork(8 << 20);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> budget.run(6 << 20, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        first.start();
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        assertEquals(2 << 20, budget.available());
        assertEquals("small", budget.run(100_000, () -> "small"), "a small page fits beside it");

        AtomicBoolean secondRan = new AtomicBoolean();
        Thread second = new Thread(() -> budget.run(6 << 20, () -> secondRan.getAndSet(true)));
        second.start();
        second.join(300);
        assertFalse(secondRan.get(), "a second large page waits while the first holds the budget");
        release.countDown();
        second.join(5_000);
        first.join(5_000);
        assertTrue(secondRan.get());
        assertEquals(8 << 20, budget.available());
    }

    @Test
    void aPageLargerThanTheBudgetRunsAloneAndAFailureGivesItsShareBack() {
        BytesInWork budget = new BytesInWork(1 << 20);
        assertEquals("big", budget.run(50 << 20, () -> "big"));
        try {
            budget.run(1 << 19, () -> {
                throw new IllegalStateException("cleaner failed");
            });
        } catch (IllegalStateException expected) {
            // the guard dead-letters it; the budget must not shrink
        }
        assertEquals(1 << 20, budget.available());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
