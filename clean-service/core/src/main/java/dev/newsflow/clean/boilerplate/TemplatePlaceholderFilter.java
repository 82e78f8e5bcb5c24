package dev.newsflow.clean.boilerplate;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumSet;

/**
 * Detects text that is a template rather than a published article.
 * <ul>
 *   <li>Fill-in blanks in Chinese text: {@code X 万多例}, {@code 截止 X 月 X 日}, {@code XX、XX 等}: runs of X, ×
 *   or ○ standing between Chinese characters or digits (two or more make the flag; {@code X光}, {@code X射线} are
 *   words). They stay in the text, which is what the page says.</li>
 *   <li>Unrendered template syntax: {@code {{title}}}, {@code ${name}}, {@code {$content}}, {@code <%= x %>};
 *   these are removed.</li>
 * </ul>
 */
public final class TemplatePlaceholderFilter implements DocumentFilter {
    /** What TemplatePlaceholderFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.FLAGS, DocumentField.REMOVED));

    private static final Pattern BLANK = Pattern.compile(
            "(?<![A-Za-z])(?:X{1,4}|x{2,4}|\u00d7{2,4}|\u25cb{2,4}|\u3007{2,4})(?![A-Za-z])(?!\\s?(?:光|射线|线|型|染色体))");
    private static final Pattern SYNTAX = Pattern.compile(
            "\\{\\{[^{}]{1,40}\\}\\}|\\$\\{[^{}]{1,40}\\}|\\{\\$[^{}]{1,40}\\}|<%=?[^%]{0,40}%>|\\[(?:标题|内容|作者|来源|title|content|name)\\]",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_BLANKS = 2;

    @Override
    public void apply(WorkingDocument doc) {
        int blanks = 0;
        for (int i = 0; i < doc.lines().size(); i++) {
            String line = doc.lines().get(i);
            if (!mayHoldPlaceholder(line)) {
                continue;
            }
            Matcher m = BLANK.matcher(line);
            while (m.find()) {
                if (inChineseContext(line, m.start(), m.end())) {
                    blanks++;
                }
            }
            Matcher s = SYNTAX.matcher(line);
            if (s.find()) {
                doc.flag(Flags.TEMPLATE_PLACEHOLDERS);
                doc.remove("template", s.group(), "unrendered template syntax");
                doc.setLine(i, SYNTAX.matcher(line).replaceAll(""));
            }
        }
        if (blanks >= MIN_BLANKS) {
            doc.flag(Flags.TEMPLATE_PLACEHOLDERS);
        }
    }

    private static boolean mayHoldPlaceholder(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 'X' || c == 'x' || c == '\u00d7' || c == '\u25cb' || c == '\u3007' || c == '{' || c == '$'
                    || c == '%' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private static boolean inChineseContext(String line, int start, int end) {
        char before = neighbour(line, start - 1, -1);
        char after = neighbour(line, end, 1);
        return isContext(before) && isContext(after) && (Chars.isCjk(before) || Chars.isCjk(after));
    }

    private static char neighbour(String line, int i, int step) {
        while (i >= 0 && i < line.length() && line.charAt(i) == ' ') {
            i += step;
        }
        return i >= 0 && i < line.length() ? line.charAt(i) : '\u3002';
    }

    private static boolean isContext(char c) {
        return Chars.isCjk(c) || Chars.isAsciiDigit(c) || ",.:;()".indexOf(c) >= 0;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
