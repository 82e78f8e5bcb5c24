package dev.newsflow.clean.normalize;

import dev.newsflow.clean.pipeline.LineFilter;
import dev.newsflow.common.text.Spaces;
import dev.newsflow.clean.pipeline.WorkingDocument;

/**
 * Makes whitespace plain: NBSP, ideographic and other Unicode spaces become one ASCII space, zero-width characters,
 * soft hyphens and control characters go, left-over {@code &nbsp;} entities become spaces, full-width ASCII letters
 * and digits become ASCII. Runs of spaces collapse; lines are trimmed.
 */
public final class WhitespaceNormalizer extends LineFilter {

    @Override
    protected String filter(String line, WorkingDocument doc) {
        return normalize(line);
    }

    public static String normalize(String line) {
        if (line.indexOf('&') >= 0) {
            line = line.replace("&amp;nbsp;", " ").replace("&nbsp;", " ").replace("&ensp;", " ").replace("&emsp;", " ");
        }
        StringBuilder sb = new StringBuilder(line.length());
        boolean lastSpace = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isZeroWidth(c) || (Character.isISOControl(c) && c != '\t')) {
                continue;
            }
            if (Spaces.isAnySpace(c)) {
                if (!lastSpace) {
                    sb.append(' ');
                    lastSpace = true;
                }
                continue;
            }
            if ((c >= '\uff10' && c <= '\uff19') || (c >= '\uff21' && c <= '\uff3a') || (c >= '\uff41' && c <= '\uff5a')) {
                c = (char) (c - 0xfee0);
            }
            sb.append(c);
            lastSpace = false;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    private static boolean isZeroWidth(char c) {
        return (c >= '\u200b' && c <= '\u200f') || c == '\u2060' || c == '\ufeff' || c == '\u00ad' || c == '\u180e'
                || (c >= '\u202a' && c <= '\u202e');
    }
}
