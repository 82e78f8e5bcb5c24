package dev.newsflow.clean.app;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SimHashKeysTest {
    @Test
    void everyHashWithinThreeBitsSharesAKey() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20_000; trial++) {
            long a = random.nextLong();
            long b = a;
            int flips = 1 + random.nextInt(SimHashKeys.MAX_DISTANCE);
            for (int f = 0; f < flips; f++) {
                b ^= 1L << random.nextInt(64);
            }
            Set<String> keys = new HashSet<>(Arrays.asList(SimHashKeys.of(a)));
            assertTrue(Arrays.stream(SimHashKeys.of(b)).anyMatch(keys::contains), Long.toHexString(a) + " " + Long.toHexString(b));
        }
    }

    @Test
    void worstCaseThreeBitsInThreeBlocksStillMatch() {
        long a = 0x0123456789abcdefL;
        long b = a ^ (1L) ^ (1L << 20) ^ (1L << 63); // blocks 0, 1 and 4 differ; blocks 2 and 3 agree
        Set<String> keys = new HashSet<>(Arrays.asList(SimHashKeys.of(a)));
        assertEquals(1, Arrays.stream(SimHashKeys.of(b)).filter(keys::contains).count());
    }

    @Test
    void unrelatedHashesShareAlmostNoKeys() {
        Random random = new Random(5);
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            stored.addAll(Arrays.asList(SimHashKeys.of(random.nextLong())));
        }
        int shared = 0;
        for (int i = 0; i < 10_000; i++) {
            for (String key : SimHashKeys.of(random.nextLong())) {
                if (stored.contains(key)) {
                    shared++;
                }
            }
        }
        // expected about 10,000 lookups x 10 keys x 100,000 / 2^26 = 150
        assertTrue(shared < 400, "chance key matches: " + shared);
    }

    @Test
    void keysOfOnePairNeverCollideWithAnotherPair() {
        String[] keys = SimHashKeys.of(0L);
        assertEquals(SimHashKeys.COUNT, new HashSet<>(Arrays.asList(keys)).size());
    }
}
