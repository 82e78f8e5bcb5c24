package dev.newsflow.clean.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Body-text precision and recall by shingle overlap, as the ScrapingHub article-extraction-benchmark scores
 * (evaluate.py: multiset of token n-grams, tp = shared, fp = extra predicted, fn = missed).
 * Tokens: after NFKC and lower-casing, every Han character is one token and every run of other letters or digits
 * is one token; punctuation and spaces are dropped (so full-width and ASCII punctuation score alike).
 * Shingles: 3 consecutive tokens for Chinese pages (character trigrams), 4 for English pages (word 4-grams, the
 * benchmark's own n).
 */
public record ShingleScore(double tp, double fp, double fn) {
    public static final int CHINESE_N = 3;
    public static final int ENGLISH_N = 4;

    public static ShingleScore of(String expected, String predicted, int n) {
        Map<List<String>, Integer> truth = shingles(expected, n);
        Map<List<String>, Integer> pred = shingles(predicted, n);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(pred.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int t = truth.getOrDefault(k, 0);
            int p = pred.getOrDefault(k, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        return new ShingleScore(tp, fp, fn);
    }

    /** Same conventions as the benchmark: nothing expected and nothing predicted is a perfect score. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (!han && Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (han) {
                tokens.add(new String(Character.toChars(cp)));
            }
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    static Map<List<String>, Integer> shingles(String text, int n) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
