package dev.newsflow.clean.chain;

import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.clean.dedup.PendingCheck;
import dev.newsflow.clean.dedup.SimHash;
import dev.newsflow.contracts.CleanDocument;

/**
 * SimHash of the text, and the near-duplicate verdict asked for without waiting ({@link DedupStep} waits), so that
 * the documents of a batch ask together. No detector (null): nothing is asked.
 */
public final class FingerprintStep implements Step<CleanDocument, Fingerprinted> {
    private final DuplicateDetector duplicates;

    public FingerprintStep(DuplicateDetector duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public String name() {
        return "fingerprint";
    }

    @Override
    public Fingerprinted apply(CleanDocument out) {
        long simhash = SimHash.of(out.text);
        out.simhash = SimHash.hex(simhash);
        PendingCheck verdict = duplicates == null ? PendingCheck.NONE
                : duplicates.checkLater(out.docId, simhash, out.text.length());
        return new Fingerprinted(out, verdict);
    }
}
