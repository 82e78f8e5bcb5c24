package dev.newsflow.clean.text;

import dev.newsflow.common.text.HanText;
import java.util.List;

/** Whether a line reads like article prose rather than a headline, label or link. */
public final class Prose {
    private Prose() {
    }

    public static boolean isProse(String line) {
        int han = HanText.countHan(line);
        int punct = Chars.countProsePunct(line);
        if (han >= 30 && punct >= 1) {
            return true;
        }
        if (han >= 15 && punct >= 2) {
            return true;
        }
        int words = Chars.contentLength(line) - han;
        return words >= 12 && punct >= 1;
    }

    /** Index of the first prose line, or -1. */
    public static int firstProse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isProse(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
