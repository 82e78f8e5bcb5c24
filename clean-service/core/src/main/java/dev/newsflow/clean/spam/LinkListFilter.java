package dev.newsflow.clean.spam;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.EnumSet;

/**
 * Drops keyword lists that SEO farms and navigation bars leave in the text ({@code 胶州市| 神农架林区| 曲麻莱县|}):
 * a line of at least five short items separated by bars, or of at least six very short space-separated items
 * without any clause punctuation. Bars left at the ends of an article line are trimmed.
 */
public final class LinkListFilter implements DocumentFilter {
    /** What LinkListFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.REMOVED));

    private static final Pattern BARS = Pattern.compile("\\s*[|\\uff5c\\u2502]\\s*");
    private static final Pattern EDGE_BARS = Pattern.compile("^[\\s|\\uff5c\\u2502]+|[\\s|\\uff5c\\u2502]+$");

    @Override
    public void apply(WorkingDocument doc) {
        List<String> out = new ArrayList<>(doc.lines().size());
        for (String line : doc.lines()) {
            if (isBarList(line)) {
                doc.remove("link_list", line, "list of short items separated by bars");
                continue;
            }
            if (isWordList(line)) {
                doc.remove("navigation", line, "list of very short items without punctuation");
                continue;
            }
            String trimmed = hasEdgeBar(line) ? EDGE_BARS.matcher(line).replaceAll("") : line;
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        doc.setLines(out);
    }

    private static boolean hasEdgeBar(String line) {
        String s = line.strip();
        return !s.isEmpty() && (isBar(s.charAt(0)) || isBar(s.charAt(s.length() - 1)));
    }

    private static boolean isBar(char c) {
        return c == '|' || c == '\uff5c' || c == '\u2502';
    }

    static boolean isBarList(String line) {
        if (line.indexOf('|') < 0 && line.indexOf('\uff5c') < 0 && line.indexOf('\u2502') < 0) {
            return false;
        }
        String[] items = BARS.split(line.strip());
        if (items.length < 5) {
            return false;
        }
        int shortItems = 0;
        for (String item : items) {
            if (Chars.contentLength(item) <= 12) {
                shortItems++;
            }
        }
        return shortItems * 5 >= items.length * 4;
    }

    static boolean isWordList(String line) {
        if (line.length() > 200 || line.indexOf(' ') < 0 || Chars.countClausePunct(line) > 0 || HanText.countHan(line) == 0) {
            return false;
        }
        String[] items = line.strip().split(" ");
        if (items.length < 6) {
            return false;
        }
        for (String item : items) {
            if (Chars.contentLength(item) > 6 || HanText.countHan(item) == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
