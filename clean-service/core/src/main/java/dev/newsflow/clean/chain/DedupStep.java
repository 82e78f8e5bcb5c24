package dev.newsflow.clean.chain;

import dev.newsflow.clean.Flags;
import dev.newsflow.contracts.CleanDocument;

import java.util.Optional;

/** Waits for the verdict {@link FingerprintStep} asked for; names the earlier near-duplicate and flags the document. */
public final class DedupStep implements Step<Fingerprinted, CleanDocument> {

    @Override
    public String name() {
        return "dedup";
    }

    @Override
    public CleanDocument apply(Fingerprinted in) {
        CleanDocument out = in.document();
        Optional<String> near = in.verdict().await();
        if (near.isPresent()) {
            out.duplicateOf = near.get();
            if (!out.flags.contains(Flags.NEAR_DUPLICATE)) {
                out.flags.add(Flags.NEAR_DUPLICATE);
            }
        }
        return out;
    }
}
