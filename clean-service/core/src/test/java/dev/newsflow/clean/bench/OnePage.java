package dev.newsflow.clean.bench;

import dev.newsflow.clean.Cleaner;

/** Debug aid: cleans the named web-eval pages and prints their text. */
public final class OnePage {
    private OnePage() {
    }

    public static void main(String[] args) {
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        java.util.Set<String> names = java.util.Set.of(args);
        for (WebEval.Page p : WebEval.load()) {
            if (names.contains(p.file())) {
                System.out.println("#### " + p.file());
                System.out.println(WebEvalBenchmark.cleanText(cleaner, p));
            }
        }
    }
}
