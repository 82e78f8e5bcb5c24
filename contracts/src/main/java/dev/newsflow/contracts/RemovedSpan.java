package dev.newsflow.contracts;

/** Something the clean stage removed, for audit: what kind, the text, and the rule that removed it. */
public record RemovedSpan(String kind, String text, String reason) {
}
