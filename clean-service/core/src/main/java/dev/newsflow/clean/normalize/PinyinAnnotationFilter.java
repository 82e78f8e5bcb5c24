package dev.newsflow.clean.normalize;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumSet;

/**
 * Removes ruby-style pinyin that some sites print after a character, e.g. {@code 作戰(zhàn)}: a bracketed
 * lower-case syllable carrying a tone mark, directly after a non-space character. Plain words in brackets
 * ({@code (pdf)}, {@code (Beijing)}) carry no tone mark and stay. When a decoding error ate the character and the
 * bracket ({@code 和?jīng)济}), the remains go too and the document is flagged {@code mojibake_unrepaired}.
 */
public final class PinyinAnnotationFilter implements DocumentFilter {
    /** What PinyinAnnotationFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.FLAGS, DocumentField.REMOVED));

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern ANNOTATION = Pattern.compile(
            "(?<=\\S)[(\\uff08]([a-zü]{0,5}[" + TONED + "][a-zü" + TONED + "]{0,5})[)\\uff09]"
                    // the character and the opening bracket lost to a decoding error: 和?jīng)济
                    + "|\\?[a-zü]{0,5}[" + TONED + "][a-zü" + TONED + "]{0,5}[)\\uff09]");

    private static boolean hasTonedVowel(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u00e0' && c <= '\u01dc' && TONED.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void apply(WorkingDocument doc) {
        int count = 0;
        Set<String> samples = new LinkedHashSet<>();
        for (int i = 0; i < doc.lines().size(); i++) {
            String line = doc.lines().get(i);
            if (!hasTonedVowel(line)) {
                continue;
            }
            Matcher m = ANNOTATION.matcher(line);
            StringBuilder sb = null;
            int last = 0;
            while (m.find()) {
                if (sb == null) {
                    sb = new StringBuilder(line.length());
                }
                sb.append(line, last, m.start());
                last = m.end();
                count++;
                if (m.group().charAt(0) == '?') {
                    doc.flag(Flags.MOJIBAKE_UNREPAIRED);
                }
                if (samples.size() < 12) {
                    samples.add(m.group());
                }
            }
            if (sb != null) {
                sb.append(line, last, line.length());
                doc.setLine(i, sb.toString());
            }
        }
        if (count > 0) {
            doc.flag(Flags.PINYIN_REMOVED);
            doc.remove("pinyin", String.join(" ", samples), count + " pinyin annotations after characters");
        }
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
