package dev.newsflow.clean.chain;

import dev.newsflow.clean.quality.QualityScorer;
import dev.newsflow.contracts.CleanDocument;

import java.util.LinkedHashSet;

/** The 0..1 usability estimate, from the final paragraphs, title and flags. */
public final class QualityStep implements Step<CleanDocument, CleanDocument> {
    @Override
    public String name() {
        return "quality";
    }

    @Override
    public CleanDocument apply(CleanDocument out) {
        out.quality = QualityScorer.score(out.paragraphs, out.title, new LinkedHashSet<>(out.flags));
        return out;
    }
}
