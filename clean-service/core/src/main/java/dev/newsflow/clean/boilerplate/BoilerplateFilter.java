package dev.newsflow.clean.boilerplate;

import dev.newsflow.clean.lexicon.Lexicon;
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
 * Drops page furniture line by line: short lines that start with a label ({@code boilerplate-labels.txt}:
 * share, print, view counts), legal and site notices of any length ({@code boilerplate-statements.txt}), short lines
 * with a footer phrase anywhere ({@code boilerplate-anywhere.txt}), lines that are, whole, a control or label
 * ({@code boilerplate-lines.txt}: "Kommentieren", "Anzeige", "Permalink"), breadcrumb trails
 * ({@code 首页 > 新闻 > 正文}) and short address-and-telephone footers.
 */
public final class BoilerplateFilter implements DocumentFilter {
    /** What BoilerplateFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.REMOVED));

    private static final int SHORT_LABEL_LINE = 40;
    private static final int SHORT_FOOTER_LINE = 100;
    private static final int MAX_WHOLE_LINE = 60;
    static final int CALL_LINE = 250;
    static final int BOX_HEADING_WORDS = 8;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:>>|»|›|>|→|->)\\s*");
    private final Lexicon labels;
    private final Lexicon statements;
    private final Lexicon anywhere;
    private final java.util.Set<String> wholeLines;
    private final Lexicon calls;
    private final Lexicon boxHeadings;

    public BoilerplateFilter(Lexicon labels, Lexicon statements, Lexicon anywhere) {
        this(labels, statements, anywhere, Lexicon.of(List.of()), Lexicon.of(List.of()));
    }

    /**
     * @param wholeLines lines that are furniture when they are, whole, one of these ({@code boilerplate-lines.txt})
     * @param calls      calls to subscribe, follow, support or write in, anywhere in a line of up to
     *                   {@value #CALL_LINE} characters ({@code boilerplate-calls.txt})
     */
    public BoilerplateFilter(Lexicon labels, Lexicon statements, Lexicon anywhere, Lexicon wholeLines, Lexicon calls) {
        this(labels, statements, anywhere, wholeLines, calls, Lexicon.of(List.of()));
    }

    /**
     * @param boxHeadings starts of the headings of link boxes ("Mehr zum Thema auf …", "Weitere Beiträge aus …"):
     *                    a line of at most {@value #BOX_HEADING_WORDS} words, not ending like a sentence, that starts
     *                    with one goes ({@code box-headings.txt})
     */
    public BoilerplateFilter(Lexicon labels, Lexicon statements, Lexicon anywhere, Lexicon wholeLines, Lexicon calls,
                             Lexicon boxHeadings) {
        this.boxHeadings = boxHeadings;
        this.labels = labels;
        this.statements = statements;
        this.anywhere = anywhere;
        this.wholeLines = new java.util.HashSet<>(wholeLines.terms());
        this.calls = calls;
    }

    public static BoilerplateFilter withDefaults() {
        return new BoilerplateFilter(Lexicon.load("boilerplate-labels.txt"), Lexicon.load("boilerplate-statements.txt"),
                Lexicon.load("boilerplate-anywhere.txt"), Lexicon.load("boilerplate-lines.txt"),
                Lexicon.load("boilerplate-calls.txt"), Lexicon.load("box-headings.txt"));
    }

    @Override
    public void apply(WorkingDocument doc) {
        List<String> out = new ArrayList<>(doc.lines().size());
        for (String line : doc.lines()) {
            String reason = reason(line);
            if (reason == null) {
                out.add(line);
            } else {
                doc.remove("boilerplate", line, reason);
            }
        }
        doc.setLines(out);
    }

    String reason(String line) {
        String lower = Lexicon.key(line);
        String key = stripLead(lower);
        int length = Chars.contentLength(line);
        if (length <= SHORT_LABEL_LINE && labels.startsWithAny(key)) {
            return "page label";
        }
        if (line.length() <= MAX_WHOLE_LINE && wholeLines.contains(wholeKeyOf(lower))) {
            return "page control or label";
        }
        if (statements.startsWithAny(key)) {
            return "site or legal notice";
        }
        if (line.length() <= SHORT_FOOTER_LINE && anywhere.containsAny(key)) {
            return "footer phrase";
        }
        if (length <= BOX_HEADING_WORDS && boxHeadings.startsWithAny(key) && !endsLikeSentence(line)) {
            return "heading of a link box";
        }
        if (line.length() <= CALL_LINE && calls.containsAny(key)) {
            return "call to subscribe, follow or write in";
        }
        if (PhotoCredit.isCaption(line)) {
            return "photo caption or credit";
        }
        if (isBreadcrumb(line)) {
            return "breadcrumb trail";
        }
        if (line.length() <= SHORT_FOOTER_LINE && isContactFooter(key)) {
            return "address or contact footer";
        }
        return null;
    }

    /**
     * The address block that closes Chinese institutional pages (hospital, school, government office): an address
     * together with a telephone, fax or postcode on one short line.
     */
    static boolean isContactFooter(String key) {
        boolean address = key.contains("地址") || key.contains("address:");
        boolean contact = key.contains("电话") || key.contains("邮编") || key.contains("传真")
                || key.contains("tel:") || key.contains("fax:");
        return address && contact;
    }

    static boolean isBreadcrumb(String line) {
        if (line.length() > 120 || !holdsCrumbSeparator(line) || Chars.countClausePunct(line) > 1) {
            return false;
        }
        String[] parts = CRUMB_SEPARATOR.split(line.strip());
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (Chars.contentLength(part) > 15) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line as {@code boilerplate-lines.txt} and {@code tail-headings.txt} spell their entries: lower case, without
     * the punctuation, symbols and spaces around it, inner spaces collapsed ({@code "- Anzeige -"} is {@code anzeige}).
     */
    public static String wholeKey(String line) {
        return wholeKeyOf(Lexicon.key(line));
    }

    /** {@link #wholeKey} of a line's {@link Lexicon#key}. */
    private static String wholeKeyOf(String lower) {
        String key = lower.strip();
        int from = 0;
        int to = key.length();
        while (from < to && !Character.isLetterOrDigit(key.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(key.charAt(to - 1))) {
            to--;
        }
        return to > from ? WHITESPACE.matcher(key.substring(from, to)).replaceAll(" ") : "";
    }

    /** Whether the line holds a character that every {@link #CRUMB_SEPARATOR} holds. */
    private static boolean holdsCrumbSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '\u00bb' || c == '\u203a' || c == '\u2192') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLikeSentence(String line) {
        String s = line.strip();
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u3002';
    }

    static String stripLead(String key) {
        int i = 0;
        while (i < key.length()) {
            char c = key.charAt(i);
            if (c == ' ' || c == '(' || c == '[' || c == '\u3010' || c == '\u300a' || c == '*' || c == '\u00b7') {
                i++;
            } else {
                break;
            }
        }
        return key.substring(i);
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
