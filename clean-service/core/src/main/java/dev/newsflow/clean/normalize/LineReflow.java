package dev.newsflow.clean.normalize;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;

/**
 * Restores paragraphs from text whose layout was flattened. Chinese prose has no spaces between characters, so a
 * space between two Chinese characters is layout:
 * <ul>
 *   <li>a <b>line wrap</b> when such spaces recur at a steady interval (the page width of a PDF or a {@code <pre>}):
 *   the space is deleted, except after a short line, which ended a paragraph;</li>
 *   <li>a <b>block break</b> otherwise, in a long line where a whole page was flattened onto one line:
 *   the line is split there, when both sides hold at least a phrase and the space is not inside brackets.</li>
 * </ul>
 * Text hard-wrapped with line breaks at a steady width is joined the same way. Spaces between a Chinese character
 * and a digit ({@code 连续 4 个月}) are always deleted.
 */
public final class LineReflow implements DocumentFilter {
    /** What LineReflow reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.FLAGS));

    /** Lines shorter than this are headlines or labels, where a space is meant. */
    static final int LONG_LINE = 150;
    private static final int MIN_WRAPS = 8;
    private static final int MIN_PHRASE_HAN = 5;
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\\d{1,2}[、.]|第[一二三四五六七八九十]{1,3}[,,、])");

    @Override
    public void apply(WorkingDocument doc) {
        int hardWidth = hardWrapWidth(doc.lines());
        if (hardWidth > 0) {
            doc.setLines(joinHardWraps(doc.lines(), hardWidth));
            doc.flag(Flags.LINE_WRAP_JOINED);
        }
        List<String> lines = new ArrayList<>(doc.lines().size());
        for (String line : doc.lines()) {
            lines.add(tightenDigits(line));
        }
        int width = wrapWidth(lines);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() < LONG_LINE) {
                out.add(line);
            } else if (width > 0) {
                out.addAll(unwrap(line, width));
            } else {
                // split before tightening: a block may end in a character and the next start with a digit
                for (String block : splitBlocks(doc.lines().get(i))) {
                    out.add(tightenDigits(block));
                }
            }
        }
        if (width > 0) {
            doc.flag(Flags.LINE_WRAP_JOINED);
        }
        doc.setLines(out);
    }

    /**
     * The width of text hard-wrapped with line breaks (text copied out of a PDF): most lines of about the same
     * length, none ending a sentence in mid-width; 0 when the lines are paragraphs.
     */
    static int hardWrapWidth(List<String> lines) {
        int[] lengths = new int[lines.size()];
        int n = 0;
        for (String line : lines) {
            if (line.length() >= 10) {
                lengths[n++] = line.length();
            }
        }
        if (n < MIN_WRAPS) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(lengths, n);
        Arrays.sort(sorted);
        int median = sorted[n / 2];
        if (median < 15 || median > 100) {
            return 0;
        }
        int steady = 0;
        for (int len : sorted) {
            if (Math.abs(len - median) * 100 <= median * 15) {
                steady++;
            }
        }
        return steady * 10 >= n * 6 ? median : 0;
    }

    /** Joins hard-wrapped lines; a line clearly shorter than the width ends its paragraph. */
    static List<String> joinHardWraps(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                if (paragraph.length() > 0) {
                    out.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                continue;
            }
            boolean heading = HEADING.matcher(s).lookingAt();
            if (paragraph.length() > 0 && heading && Chars.isSentenceEnd(paragraph.charAt(paragraph.length() - 1))) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            }
            if (paragraph.length() > 0) {
                char last = paragraph.charAt(paragraph.length() - 1);
                if (!Chars.isCjk(last) && !Chars.isCjk(s.charAt(0))) {
                    paragraph.append(' ');
                }
            }
            paragraph.append(s);
            // a short line ends its paragraph; an enumerated heading may be a little longer
            if (s.length() * 10 < width * (heading && paragraph.length() == s.length() ? 9 : 7)) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
        return out;
    }

    static String tightenDigits(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < n) {
                char l = line.charAt(i - 1);
                char r = line.charAt(i + 1);
                if ((HanText.isHan(l) && Chars.isAsciiDigit(r)) || (Chars.isAsciiDigit(l) && HanText.isHan(r))) {
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static boolean isBreakCandidate(String line, int i) {
        if (line.charAt(i) != ' ' || i == 0 || i + 1 >= line.length()) {
            return false;
        }
        char l = line.charAt(i - 1);
        char r = line.charAt(i + 1);
        return (HanText.isHan(l) && isCjkish(r)) || (isCjkish(l) && HanText.isHan(r));
    }

    private static boolean isDigitBoundary(String line, int i) {
        if (line.charAt(i) != ' ' || i == 0 || i + 1 >= line.length()) {
            return false;
        }
        char l = line.charAt(i - 1);
        char r = line.charAt(i + 1);
        return (HanText.isHan(l) && Chars.isAsciiDigit(r)) || (Chars.isAsciiDigit(l) && HanText.isHan(r));
    }

    private static boolean isCjkish(char c) {
        return Chars.isCjk(c) || ",.:;!?()\"".indexOf(c) >= 0;
    }

    /** The page width in characters when the long lines were wrapped at a steady width, else 0. */
    static int wrapWidth(List<String> lines) {
        int[] lengths = new int[64];
        int count = 0;
        for (String line : lines) {
            if (line.length() < LONG_LINE) {
                continue;
            }
            int last = 0;
            for (int i = 1; i < line.length() - 1; i++) {
                if (isBreakCandidate(line, i)) {
                    if (count == lengths.length) {
                        lengths = Arrays.copyOf(lengths, count * 2);
                    }
                    lengths[count++] = i - last;
                    last = i + 1;
                }
            }
        }
        if (count < MIN_WRAPS) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(lengths, count);
        Arrays.sort(sorted);
        int median = sorted[count / 2];
        if (median < 12 || median > 100) {
            return 0;
        }
        int steady = 0;
        for (int len : sorted) {
            if (Math.abs(len - median) * 5 <= median) {
                steady++;
            }
        }
        return steady * 2 >= count ? median : 0;
    }

    static List<String> unwrap(String line, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int segmentStart = 0;
        for (int i = 0; i < line.length(); i++) {
            if (isBreakCandidate(line, i)) {
                int segment = i - segmentStart;
                segmentStart = i + 1;
                if (segment * 10 < width * 7 || startsHeading(line, i)) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            current.append(line.charAt(i));
        }
        out.add(current.toString());
        return out;
    }

    /** A sentence ends before the space and an enumerated heading ({@code 一、}, {@code (二)}, {@code 3.}) starts after it. */
    private static boolean startsHeading(String line, int space) {
        if (space == 0 || !Chars.isSentenceEnd(line.charAt(space - 1))) {
            return false;
        }
        return HEADING.matcher(line).region(space + 1, Math.min(line.length(), space + 8)).lookingAt();
    }

    static List<String> splitBlocks(String line) {
        List<Integer> candidates = new ArrayList<>();
        int depth = 0;
        int openedAt = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Chars.isOpenBracket(c)) {
                if (depth++ == 0) {
                    openedAt = i;
                }
            } else if (Chars.isCloseBracket(c) && depth > 0) {
                depth--;
            } else if (depth > 0 && i - openedAt > 60) {
                depth = 0; // an unclosed bracket must not protect the rest of the page
            }
            if (depth == 0 && (isBreakCandidate(line, i) || isDigitBoundary(line, i))) {
                candidates.add(i);
            }
        }
        int[] han = new int[line.length() + 1]; // han[i]: Chinese characters before position i
        for (int i = 0; i < line.length(); i++) {
            han[i + 1] = han[i] + (HanText.isHan(line.charAt(i)) ? 1 : 0);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < candidates.size(); k++) {
            int at = candidates.get(k);
            int next = k + 1 < candidates.size() ? candidates.get(k + 1) : line.length();
            if (han[at] - han[start] >= MIN_PHRASE_HAN && han[next] - han[at + 1] >= MIN_PHRASE_HAN) {
                out.add(line.substring(start, at));
                start = at + 1;
            }
        }
        out.add(line.substring(start));
        return out;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
