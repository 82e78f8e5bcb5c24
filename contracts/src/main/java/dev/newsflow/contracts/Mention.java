package dev.newsflow.contracts;

/** Character offsets [start, end) of one mention in the clean document's {@code text}. */
public record Mention(int start, int end) {
}
