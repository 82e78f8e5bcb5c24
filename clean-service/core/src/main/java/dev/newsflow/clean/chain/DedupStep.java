package dev.newsflow.clean.chain;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.clean.dedup.SimHash;
import dev.newsflow.contracts.CleanDocument;

import java.util.Optional;

/** SimHash of the text, and the earlier near-duplicate when the detector knows one (none when it is null). */
public final class DedupStep implements Step<CleanDocument, CleanDocument> {
    private final DuplicateDetector duplicates;

    public DedupStep(DuplicateDetector duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public String name() {
        return "dedup";
    }

    @Override
    public CleanDocument apply(CleanDocument out) {
        long simhash = SimHash.of(out.text);
        out.simhash = SimHash.hex(simhash);
        if (duplicates != null) {
            Optional<String> near = duplicates.check(out.docId, simhash, out.text.length());
            if (near.isPresent()) {
                out.duplicateOf = near.get();
                if (!out.flags.contains(Flags.NEAR_DUPLICATE)) {
                    out.flags.add(Flags.NEAR_DUPLICATE);
                }
            }
        }
        return out;
    }
}
