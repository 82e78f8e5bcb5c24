package dev.newsflow.clean.chain;

import dev.newsflow.clean.dedup.PendingCheck;
import dev.newsflow.contracts.CleanDocument;

/** A document with its SimHash set and its near-duplicate verdict asked for, not yet known. */
public record Fingerprinted(CleanDocument document, PendingCheck verdict) {
}
