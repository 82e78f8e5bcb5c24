package dev.newsflow.extract.bench;

import dev.newsflow.extract.Extractor;
import dev.newsflow.extract.text.Tokenizer;

/** Prints the segmentation and the entities of each argument: for reading why a rule fired or did not. */
public final class Explain {
    public static void main(String[] args) {
        for (String text : args) {
            StringBuilder tokens = new StringBuilder();
            new Tokenizer().tokenize(text).forEach(t -> tokens.append(t.word()).append('/').append(t.nature()).append(' '));
            System.out.println(tokens);
            Extractor.withDefaults().entities(text).forEach(e -> System.out.println("  " + e.type() + " " + e.text()
                    + (e.canonical() == null ? "" : " => " + e.canonical()) + (Boolean.TRUE.equals(e.reference()) ? " (reference)" : "") + (e.titles() == null || e.titles().isEmpty() ? "" : " " + e.titles())));
        }
    }
}
