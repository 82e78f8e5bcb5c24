package dev.newsflow.clean.spam;

import dev.newsflow.common.lexicon.SpamLexicon;
import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.Flags;
import dev.newsflow.clean.lexicon.Lexicon;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;

/**
 * Removes injected spam (gambling, porn, SEO keywords), with the shared lexicon {@link SpamLexicon} (strong and weak
 * terms, in common).
 * <ul>
 *   <li>A <b>spam line</b> is dropped whole: spam spans cover half of it, or it is a short line without a sentence
 *   and holds two strong terms, a strong and a weak one, or four weak ones.</li>
 *   <li>Inside an article line, each strong term grows into a <b>spam span</b> over adjacent lexicon terms, ASCII
 *   junk ({@code _bet36¥}) and gaps of at most two characters between such atoms; the span is cut out.</li>
 * </ul>
 */
public final class SpamFilter implements DocumentFilter {
    /** What SpamFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.FLAGS, DocumentField.REMOVED));

    private static final int SHORT_LINE = 100;
    private static final int MAX_GAP = 2;
    private final Lexicon strong;
    private final Lexicon weak;

    public SpamFilter(Lexicon strong, Lexicon weak) {
        this.strong = strong;
        this.weak = weak;
    }

    public static SpamFilter withDefaults() {
        return new SpamFilter(Lexicon.of(SpamLexicon.strong()), Lexicon.of(SpamLexicon.weak()));
    }

    @Override
    public void apply(WorkingDocument doc) {
        List<String> out = new ArrayList<>(doc.lines().size());
        for (String line : doc.lines()) {
            String key = Lexicon.key(line);
            int strongHits = strong.countHits(key);
            int weakHits = strongHits > 0 || key.length() <= SHORT_LINE ? weak.countHits(key) : 0;
            if (strongHits == 0 && weakHits < 4) {
                out.add(line);
                continue;
            }
            boolean spamLine = strongHits >= 2 || (strongHits >= 1 && weakHits >= 1) || weakHits >= 4;
            List<int[]> spans = strongHits > 0 ? spans(key) : List.of();
            int covered = 0;
            for (int[] s : spans) {
                covered += s[1] - s[0];
            }
            boolean noSentence = line.indexOf('\u3002') < 0 && line.indexOf('\uff01') < 0 && line.indexOf('\uff1f') < 0;
            if (covered * 2 >= line.length() || (spamLine && noSentence && Chars.contentLength(line) <= SHORT_LINE)) {
                doc.remove("spam", line, "spam line");
                doc.flag(Flags.SPAM_INJECTED);
                continue;
            }
            if (spans.isEmpty()) {
                out.add(line);
                continue;
            }
            StringBuilder sb = new StringBuilder(line.length());
            int copied = 0;
            for (int[] s : spans) {
                sb.append(line, copied, s[0]);
                doc.remove("spam", line.substring(s[0], s[1]), "spam span inside text");
                copied = s[1];
            }
            sb.append(line, copied, line.length());
            doc.flag(Flags.SPAM_INJECTED);
            String cleaned = sb.toString().strip();
            if (!cleaned.isEmpty()) {
                out.add(cleaned);
            }
        }
        doc.setLines(out);
    }

    /** Non-overlapping spans, in order, each grown from a strong term. */
    List<int[]> spans(String key) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            String term = strong.termAt(key, i);
            if (term == null) {
                i++;
                continue;
            }
            int start = growLeft(key, i);
            int end = growRight(key, i + term.length());
            if (!spans.isEmpty() && spans.get(spans.size() - 1)[1] >= start) {
                spans.get(spans.size() - 1)[1] = end;
            } else {
                spans.add(new int[]{start, end});
            }
            i = end;
        }
        return spans;
    }

    private int growRight(String key, int end) {
        while (end < key.length()) {
            int atom = atomAt(key, end);
            if (atom > 0) {
                end += atom;
                continue;
            }
            int bridged = 0;
            for (int gap = 1; gap <= MAX_GAP && end + gap < key.length(); gap++) {
                if (!HanText.isHan(key.charAt(end + gap - 1))) {
                    break;
                }
                if (atomAt(key, end + gap) > 0) {
                    bridged = gap;
                    break;
                }
            }
            if (bridged == 0) {
                break;
            }
            end += bridged;
        }
        return end;
    }

    private int growLeft(String key, int start) {
        while (start > 0) {
            int atom = atomEndingAt(key, start);
            if (atom > 0) {
                start -= atom;
                continue;
            }
            int bridged = 0;
            for (int gap = 1; gap <= MAX_GAP && start - gap > 0; gap++) {
                if (!HanText.isHan(key.charAt(start - gap))) {
                    break;
                }
                if (atomEndingAt(key, start - gap) > 0) {
                    bridged = gap;
                    break;
                }
            }
            if (bridged == 0) {
                break;
            }
            start -= bridged;
        }
        return start;
    }

    /** Length of a spam atom starting at {@code pos}: a lexicon term or one junk character; 0 when none. */
    private int atomAt(String key, int pos) {
        String t = strong.termAt(key, pos);
        if (t == null) {
            t = weak.termAt(key, pos);
        }
        if (t != null) {
            return t.length();
        }
        return isJunk(key.charAt(pos)) ? 1 : 0;
    }

    private int atomEndingAt(String key, int end) {
        for (Lexicon lexicon : new Lexicon[]{strong, weak}) {
            for (String t : lexicon.terms()) {
                if (end >= t.length() && key.startsWith(t, end - t.length())) {
                    return t.length();
                }
            }
        }
        return isJunk(key.charAt(end - 1)) ? 1 : 0;
    }

    private static boolean isJunk(char c) {
        return Chars.isAsciiLetter(c) || Chars.isAsciiDigit(c) || "_¥$|~-.·/#@".indexOf(c) >= 0;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
