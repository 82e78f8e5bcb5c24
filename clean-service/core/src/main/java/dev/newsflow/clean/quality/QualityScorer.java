package dev.newsflow.clean.quality;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.clean.text.Prose;

import java.util.List;
import java.util.Set;

/**
 * A 0..1 estimate of how usable the article is: enough prose, a title, and few repairs.
 * Length saturates at 600 units (Chinese characters or words); each problem flag costs a fixed share.
 */
public final class QualityScorer {
    private static final int FULL_LENGTH = 600;

    private QualityScorer() {
    }

    public static double score(List<String> paragraphs, String title, Set<String> flags) {
        int length = 0;
        int proseLength = 0;
        for (String p : paragraphs) {
            int len = Chars.contentLength(p);
            length += len;
            if (Prose.isProse(p)) {
                proseLength += len;
            }
        }
        if (length == 0) {
            return 0;
        }
        double score = 0.5 * Math.min(1.0, (double) length / FULL_LENGTH)
                + 0.3 * ((double) proseLength / length)
                + (title != null ? 0.2 : 0);
        if (flags.contains(Flags.SPAM_INJECTED)) {
            score -= 0.15;
        }
        if (flags.contains(Flags.MOJIBAKE_UNREPAIRED)) {
            score -= 0.15;
        }
        if (flags.contains(Flags.TEMPLATE_PLACEHOLDERS)) {
            score -= 0.2;
        }
        if (flags.contains(Flags.TRUNCATED)) {
            score -= 0.1;
        }
        if (flags.contains(Flags.NEAR_DUPLICATE)) {
            score -= 0.1;
        }
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }
}
