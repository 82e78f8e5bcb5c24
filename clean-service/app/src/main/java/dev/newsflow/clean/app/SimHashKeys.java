package dev.newsflow.clean.app;

/**
 * Exact-match lookup keys of a 64-bit SimHash for "within 3 bits". The hash is cut into five blocks (13, 13, 13, 13
 * and 12 bits); three differing bits touch at most three blocks, so two hashes within 3 bits agree exactly on at
 * least two blocks. One key per pair of blocks (10 keys of 25-26 bits) therefore finds every near hash by exact
 * term match, while an unrelated hash shares a given key with probability 2^-26: about 0.15 chance candidates per
 * lookup among a million stored hashes, 15 among a hundred million.
 */
final class SimHashKeys {
    static final int MAX_DISTANCE = 3;
    private static final int[] START = {0, 13, 26, 39, 52};
    private static final int[] WIDTH = {13, 13, 13, 13, 12};
    static final int COUNT = 10;

    private SimHashKeys() {
    }

    /** The ten keys, each the pair's index (a letter) then the two blocks in hex: short terms, a compact dictionary. */
    static String[] of(long simhash) {
        String[] keys = new String[COUNT];
        int k = 0;
        for (int i = 0; i < START.length; i++) {
            for (int j = i + 1; j < START.length; j++) {
                long pair = (block(simhash, i) << WIDTH[j]) | block(simhash, j);
                keys[k] = (char) ('a' + k) + Long.toHexString(pair);
                k++;
            }
        }
        return keys;
    }

    private static long block(long simhash, int index) {
        return (simhash >>> START[index]) & ((1L << WIDTH[index]) - 1);
    }
}
