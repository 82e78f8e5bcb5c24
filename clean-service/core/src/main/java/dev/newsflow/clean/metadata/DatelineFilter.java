package dev.newsflow.clean.metadata;

import dev.newsflow.common.text.Spaces;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Prose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the dateline of a page's head: a short line near the top, before the first long paragraph, that states
 * when the piece appeared or how long it takes to read ({@code 24. März 2004, 19:49 | Name},
 * {@code Feb 8, 2020 · 5 min read}, {@code Aktualisiert: 11.04.2020}). Such a line is metadata (the publication time
 * is read from it or from the markup by {@link MetadataFilter}), not article text. Runs after MetadataFilter, which
 * removes the lines it can read whole; this one removes what is left of datelines in other languages and shapes.
 */
public final class DatelineFilter implements DocumentFilter {
    /** What DatelineFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.REMOVED));

    /** Only this many lines from the top are the head. */
    static final int HEAD_LINES = 6;
    /** A dateline has at most this many words. */
    static final int MAX_WORDS = 12;
    /** Besides its dates, a dateline holds at most this many words (a name, a label, a place). */
    static final int MAX_OTHER_WORDS = 4;
    /** A line with more words than this is a paragraph. */
    static final int PARAGRAPH_WORDS = 25;
    /** The head ends after this many paragraphs (a standfirst may stand above the dateline). */
    static final int HEAD_PARAGRAPHS = 1;
    /** Only this many lines from the end, after the last paragraph, are the article's foot. */
    static final int TAIL_LINES = 3;
    /** Words that join a date to its time or name ({@code 23.06.2016 um 16:14 Uhr}, {@code Feb 6, 2014 at 20:37}). */
    private static final Pattern JOINERS = Pattern.compile(
            "(?<!\\p{L})(?:um|uhr|at|am|on|by|von|de|du|le|el|il|à|h)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String MONTH = "(?:jan|feb|mär|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez"
            + "|janv|févr|fév|avr|juin|juil|août|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott"
            + "|stycz|lut|mar|kwie|maj|czer|lip|sier|wrze|paźd|list|grud)\\p{L}*\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<!\\d)\\d{1,2}\\s?[./-]\\s?\\d{1,2}\\s?[./-]\\s?\\d{2,4}(?!\\d)"          // 11.04.2020, 4/11/20
                    + "|(?<!\\d)(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)"                      // 2020-04-11
                    + "|(?<![\\d:])\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?![\\d:])"         // 19:49, 2:54pm
                    + "|(?<!\\d)\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?(?:19|20)\\d{2}(?!\\d)"
                    + "|(?<!\\p{L})" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}(?!\\d)"
                    + "|(?<!\\p{L})" + MONTH + "\\s+(?:19|20)\\d{2}(?!\\d)"                 // März 2021
                    + "|(?<!\\d)\\d{1,3}\\s?(?:min|mins|minutes|minuten|minutos)\\.?(?:\\s+(?:read|lesezeit|de lectura))?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A line that ends in a full stop is a sentence, unless the stop closes a numeric date ({@code 17.01.2021.}). */
    private static final Pattern NUMERIC_DATE_END = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\.$");

    @Override
    public void apply(WorkingDocument doc) {
        List<String> lines = doc.lines();
        if (Prose.firstProse(lines) < 0) {
            return; // no paragraph to stand above: the line may be all the page has
        }
        int[] words = new int[lines.size()];
        int lastParagraph = -1;
        for (int i = 0; i < lines.size(); i++) {
            words[i] = words(lines.get(i));
            if (words[i] > PARAGRAPH_WORDS) {
                lastParagraph = i;
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        int paragraphs = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean head = i < HEAD_LINES && paragraphs <= HEAD_PARAGRAPHS;
            boolean tail = lastParagraph >= 0 && i > lastParagraph && i >= lines.size() - TAIL_LINES;
            if ((head || tail) && isDateline(line, words[i])) {
                doc.remove("metadata", line, head ? "dateline in the page head" : "dateline under the article");
                continue;
            }
            if (words[i] > PARAGRAPH_WORDS) {
                paragraphs++;
            }
            out.add(line);
        }
        if (out.size() != lines.size()) {
            doc.setLines(out);
        }
    }

    /** A short line with a date, time or reading time that does not end like a sentence. */
    static boolean isDateline(String line) {
        return isDateline(line, words(line));
    }

    private static boolean isDateline(String line, int words) {
        String s = line.strip();
        if (s.isEmpty() || words > MAX_WORDS) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '.' && !NUMERIC_DATE_END.matcher(s).find() || last == '!' || last == '?' || last == '\u3002') {
            return false;
        }
        java.util.regex.Matcher m = DATELINE.matcher(s);
        if (!m.find()) {
            return false;
        }
        String rest = m.replaceAll(" ").replaceAll("[\\p{Punct}\\p{IsPunctuation}|·•]+", " ");
        return words(JOINERS.matcher(rest).replaceAll(" ")) <= MAX_OTHER_WORDS;
    }

    private static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Spaces.isWhitespace(line.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
