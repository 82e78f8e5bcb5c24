package dev.newsflow.clean.dedup;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.text.Chars;

/**
 * 64-bit SimHash over overlapping shingles (three Chinese characters, or three-letter windows of Latin text,
 * after dropping punctuation and spaces) of the first 20,000 characters. Near-identical texts differ in few bits.
 */
public final class SimHash {
    private static final int SHINGLE = 3;
    /** Enough text to tell articles apart; beyond it the fingerprint costs time and adds nothing. */
    private static final int MAX_CHARS = 20_000;

    private SimHash() {
    }

    public static long of(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length() && compact.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (HanText.isHan(c) || Character.isLetterOrDigit(c)) {
                compact.append(Character.toLowerCase(c));
            }
        }
        int n = compact.length();
        if (n == 0) {
            return 0L;
        }
        // per bit, how many shingle hashes set it (branch-free); the bit is set when more than half do, i.e. when
        // the +1/-1 weight sum of the classic formulation is positive
        int[] ones = new int[64];
        int shingles = Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = hash(compact, i, Math.min(n, i + SHINGLE));
            for (int b = 0; b < 64; b++) {
                ones[b] += (int) (h >>> b) & 1;
            }
        }
        long result = 0L;
        for (int b = 0; b < 64; b++) {
            if (2 * ones[b] > shingles) {
                result |= 1L << b;
            }
        }
        return result;
    }

    public static String hex(long simhash) {
        return String.format("%016x", simhash);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a over the chars, then a murmur finaliser so that all 64 bits are mixed. */
    private static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
