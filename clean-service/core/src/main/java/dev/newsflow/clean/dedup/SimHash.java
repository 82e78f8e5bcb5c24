package dev.newsflow.clean.dedup;

import dev.newsflow.common.text.HanText;

/**
 * 64-bit SimHash over overlapping shingles (three Chinese characters, or three-letter windows of Latin text,
 * after dropping punctuation and spaces) of the first 20,000 characters. Near-identical texts differ in few bits.
 */
public final class SimHash {
    private static final int SHINGLE = 3;
    /** Enough text to tell articles apart; beyond it the fingerprint costs time and adds nothing. */
    private static final int MAX_CHARS = 20_000;
    /** Bits of a per-bit counter: enough to count {@link #MAX_CHARS} shingles. */
    private static final int LEVELS = 32 - Integer.numberOfLeadingZeros(MAX_CHARS);

    private SimHash() {
    }

    public static long of(String text) {
        char[] compact = new char[Math.min(text.length(), MAX_CHARS)];
        int n = 0;
        for (int i = 0; i < text.length() && n < compact.length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII, most of a Latin text: the same test and case, without the Unicode tables
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    compact[n++] = c;
                } else if (c >= 'A' && c <= 'Z') {
                    compact[n++] = (char) (c + ('a' - 'A'));
                }
            } else if (HanText.isHan(c)) { // no case, and most of a Chinese text
                compact[n++] = c;
            } else if (Character.isLetterOrDigit(c)) {
                compact[n++] = Character.toLowerCase(c);
            }
        }
        if (n == 0) {
            return 0L;
        }
        // per bit, how many shingle hashes set it: counters kept bit-sliced (counter level k holds bit k of all 64
        // counts), so adding a hash is a few word operations, not 64; the bit is set when more than half of the
        // hashes set it, i.e. when the +1/-1 weight sum of the classic formulation is positive
        long[] levels = new long[LEVELS];
        int shingles = Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long carry = hash(compact, i, Math.min(n, i + SHINGLE));
            for (int k = 0; carry != 0; k++) {
                long overflow = levels[k] & carry;
                levels[k] ^= carry;
                carry = overflow;
            }
        }
        long result = 0L;
        for (int b = 0; b < 64; b++) {
            int ones = 0;
            for (int k = 0; k < LEVELS; k++) {
                ones |= (int) ((levels[k] >>> b) & 1) << k;
            }
            if (2 * ones > shingles) {
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
    private static long hash(char[] s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s[i];
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
