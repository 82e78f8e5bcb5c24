package dev.newsflow.clean.metadata;

import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.clean.text.Prose;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumSet;

/**
 * Reads the article's metadata from the text and removes the lines that hold nothing else:
 * publication time (a date with a year in a metadata line or in the headline block), source ({@code 来源:}),
 * reporters ({@code (记者 张浩)}, {@code 本报记者 X}), editors ({@code 责任编辑:}) and authors ({@code 作者:},
 * {@code 文/}, {@code By}). Values from the page markup fill what the text does not say.
 */
public final class MetadataFilter implements DocumentFilter {
    /** What MetadataFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES, DocumentField.HINTS, DocumentField.PUBLISHED_AT, DocumentField.SOURCE, DocumentField.AUTHORS),
            EnumSet.of(DocumentField.LINES, DocumentField.PUBLISHED_AT, DocumentField.SOURCE, DocumentField.REPORTERS, DocumentField.EDITORS, DocumentField.AUTHORS, DocumentField.REMOVED));

    /** Lines longer than this are prose: bylines inside them are read, the lines stay. */
    private static final int METADATA_LINE = 80;
    /** Raw length bound too: a line of symbols or spaces has little content but would make the label patterns quadratic. */
    private static final int METADATA_LINE_CHARS = 400;
    /** Lines after the first prose line where a metadata-only line still carries the publication date. */
    private static final int EARLY_LINES = 6;
    private static final String COLON = "[::\\uff1a]";
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?:发布|更新|发表|录入|上传)?(?:时间|日期)\\s*" + COLON + "?|published|updated|date\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile(
            "(?<!图片|图|照片|视频)(?:来源|稿源|出处|source)\\s*" + COLON + "\\s*[\\[\\u3010]?\\s*([^\\]\\u3011\\s|,;:()\\uff0c\\uff1b\\uff1a\\uff08\\uff09]{2,30})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_TAIL = Pattern.compile("(?:浏览|阅读|点击|作者|编辑|记者|时间|发布|日期|字号|参与|互动|分享|打印|评论|收藏).*$");
    /** What is left of a date line near the headline when it names only an outlet: {@code 2020-10-04 15:05 联合报}. */
    private static final Pattern OUTLET_AFTER_DATE = Pattern.compile("^\\s*[《<]?(\\p{IsHan}{2,10})[》>]?\\s*$");
    private static final Pattern NOT_AN_OUTLET = Pattern.compile("星期|周[一二三四五六日天]|今天|昨天|时间|更新|发布");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern REPORTER = Pattern.compile(
            "(?:^|[\\s\\d(\\[\\uff08\\u3010])\\s*\\p{IsHan}{0,6}?记者\\s*" + COLON + "?\\s*([^)\\]\\uff09\\u3011]{2,40})");
    private static final Pattern EDITOR = Pattern.compile(
            "(?:责任编辑|责编|值班编辑|编辑|editor)\\s*" + COLON + "?\\s*(.{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:^|[\\s(\\uff08\\u3010\\[])(?:作者|撰稿|撰文|文|author|by)\\s*(?:" + COLON + "|/|\\s)\\s*(.{2,60})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_LABELS = Pattern.compile(
            "(?:浏览次数|浏览量|浏览|阅读量|阅读数|阅读|点击数|点击量|点击|次数|字号|来源|作者|" + "\\d+次)\\s*" + COLON + "?\\s*\\d*"
                    + "|[\\[\\u3010(]?\\s*大\\s*中\\s*小\\s*[\\]\\u3011)]?|[\\[\\u3010]\\s*(?:打印|关闭|收藏|纠错|分享)\\s*[\\]\\u3011]");
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "(?:19|20)\\d{2}\\s*[年\\-/.]\\s*\\d{1,2}\\s*[月\\-/.]\\s*\\d{1,2}\\s*[日号]?"
                    + "(?:\\s*T?\\s*\\d{1,2}\\s*[:\\uff1a时]\\s*\\d{1,2}(?:\\s*[:\\uff1a分]\\s*\\d{1,2})?)?");
    // Literals each pattern needs (case folded where the pattern is case-insensitive): a line holding none of a
    // pattern's literals is not matched against it. Removals join what is left with a space, so what a line lacks
    // stays lacking in what is left of it.
    private static final String[] DATE_LABEL_WORDS = {"时间", "日期", "date", "published"};
    private static final String[] SOURCE_WORDS = {"来源", "稿源", "出处", "source"};
    private static final String[] EDITOR_WORDS = {"编辑", "责编", "editor"};
    private static final String[] AUTHOR_WORDS = {"作者", "撰稿", "撰文", "文", "author", "by"};
    private static final String[] OTHER_LABEL_WORDS = {"浏览", "阅读", "点击", "次", "字号", "来源", "作者", "大", "打印", "关闭",
            "收藏", "纠错", "分享"};
    private final DateParser dates;
    private final NameParser names;

    public MetadataFilter(DateParser dates, NameParser names) {
        this.dates = dates;
        this.names = names;
    }

    public static MetadataFilter withDefaults() {
        return new MetadataFilter(new DateParser(), NameParser.withDefaults());
    }

    @Override
    public void apply(WorkingDocument doc) {
        int body = Prose.firstProse(doc.lines());
        if (body < 0) {
            body = doc.lines().size();
        }
        OffsetDateTime labeledDate = null;
        OffsetDateTime headDate = null;
        List<String> out = new ArrayList<>(doc.lines().size());
        for (int i = 0; i < doc.lines().size(); i++) {
            String line = doc.lines().get(i);
            boolean shortLine = line.length() <= METADATA_LINE_CHARS && Chars.contentLength(line) <= METADATA_LINE;
            if (line.contains("记者")) {
                addAll(doc.editableReporters(), bylines(REPORTER, line));
            }
            if (!shortLine) {
                out.add(line);
                continue;
            }
            String rest = line;
            boolean found = false;
            OffsetDateTime date = dates.find(line);
            boolean mayHoldLabel = Chars.containsAnyIgnoreCase(line, DATE_LABEL_WORDS);
            boolean labeled = mayHoldLabel && DATE_LABEL.matcher(line).find();
            if (date != null) {
                if (labeled && labeledDate == null) {
                    labeledDate = date;
                } else if (i < body && headDate == null) {
                    headDate = date;
                }
                rest = stripDates(rest);
                found = true;
            }
            Matcher source = SOURCE.matcher(rest);
            if (Chars.containsAnyIgnoreCase(line, SOURCE_WORDS) && source.find()) {
                String value = SOURCE_TAIL.matcher(source.group(1)).replaceAll("");
                if (doc.source() == null && value.length() >= 2) {
                    doc.setSource(value);
                }
                rest = rest.substring(0, source.start()) + " " + rest.substring(source.end());
                found = true;
            }
            for (Pattern byline : new Pattern[]{EDITOR, AUTHOR, REPORTER}) {
                if (!Chars.containsAnyIgnoreCase(line, byline == EDITOR ? EDITOR_WORDS : byline == AUTHOR ? AUTHOR_WORDS
                        : new String[]{"记者"})) {
                    continue;
                }
                List<String> into = byline == EDITOR ? doc.editableEditors() : byline == AUTHOR ? doc.editableAuthors() : new ArrayList<>();
                String after = consumeNames(byline, rest, into);
                found |= !after.equals(rest);
                rest = after;
            }
            if (mayHoldLabel) {
                rest = DATE_LABEL.matcher(rest).replaceAll(" ");
            }
            if (Chars.containsAny(line, OTHER_LABEL_WORDS)) {
                rest = OTHER_LABELS.matcher(rest).replaceAll(" ");
            }
            if (date != null && doc.source() == null && i < body + EARLY_LINES) {
                Matcher outlet = OUTLET_AFTER_DATE.matcher(URL.matcher(rest).replaceAll(" "));
                if (outlet.matches() && !NOT_AN_OUTLET.matcher(outlet.group(1)).find()) {
                    doc.setSource(outlet.group(1));
                    rest = "";
                }
            }
            boolean onlyMetadata = found && Chars.contentLength(rest) <= 2;
            if (onlyMetadata && date != null && headDate == null && i >= body && i < body + EARLY_LINES) {
                headDate = date; // a date-and-source line just under a headline that reads like prose
            }
            if (onlyMetadata) {
                doc.remove("metadata", line, "publication metadata line");
            } else {
                out.add(line);
            }
        }
        doc.setLines(out);
        if (doc.publishedAt() == null) {
            doc.setPublishedAt(moreExact(labeledDate != null ? labeledDate : headDate, doc.hints().publishedAt()));
        }
        if (doc.source() == null) {
            doc.setSource(doc.hints().source());
        }
        if (doc.authors().isEmpty()) {
            addAll(doc.editableAuthors(), doc.hints().authors());
        }
    }

    private String consumeNames(Pattern pattern, String rest, List<String> into) {
        Matcher m = pattern.matcher(rest);
        if (!m.find()) {
            return rest;
        }
        List<String> found = names.parse(m.group(1));
        if (found.isEmpty()) {
            return rest;
        }
        addAll(into, found);
        int end = m.start(1) + m.group(1).indexOf(found.get(found.size() - 1)) + found.get(found.size() - 1).length();
        return rest.substring(0, m.start()) + " " + rest.substring(Math.min(end, rest.length()));
    }

    private List<String> bylines(Pattern pattern, String line) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            found.addAll(names.parse(m.group(1)));
        }
        return found;
    }

    private static String stripDates(String line) {
        return DATE_IN_TEXT.matcher(line).replaceAll(" ");
    }

    private static void addAll(List<String> into, List<String> values) {
        for (String v : values) {
            if (!into.contains(v)) {
                into.add(v);
            }
        }
    }

    /** The text's date wins, unless it is a bare day and the markup gives a time on that same day. */
    static OffsetDateTime moreExact(OffsetDateTime fromText, OffsetDateTime fromMarkup) {
        if (fromText == null) {
            return fromMarkup;
        }
        boolean bareDay = fromText.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        if (bareDay && fromMarkup != null && fromMarkup.toLocalDate().equals(fromText.toLocalDate())) {
            return fromMarkup;
        }
        return fromText;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
