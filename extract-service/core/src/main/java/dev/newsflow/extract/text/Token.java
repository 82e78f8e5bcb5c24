package dev.newsflow.extract.text;

/** A word of the segmented text with its part of speech and offsets [start, end) into the text. */
public record Token(String word, String nature, int start, int end) {
}
