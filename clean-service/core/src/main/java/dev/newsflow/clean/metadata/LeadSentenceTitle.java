package dev.newsflow.clean.metadata;

import dev.newsflow.common.text.HanText;
import dev.newsflow.common.text.Spaces;
import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.clean.text.Prose;

import java.util.regex.Pattern;
import java.util.EnumSet;

/**
 * When no headline was found, derives one from the lead sentence, as an editor would: the first sentence
 * without its dateline, byline or leading date ({@code 本报讯(记者 X)}, {@code 新华社北京2月1日电},
 * {@code 2月24日上午,}), cut to its main clause when the sentence is long. Flags the document {@code title_derived};
 * the body is left as it is.
 */
public final class LeadSentenceTitle implements DocumentFilter {
    /** What LeadSentenceTitle reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES, DocumentField.TITLE),
            EnumSet.of(DocumentField.TITLE, DocumentField.FLAGS));

    private static final int MAX_HAN_TITLE = 40;
    private static final int MAX_LATIN_TITLE = 110;
    private static final int MIN_CLAUSE = 8;
    private static final int MAX_SENTENCE_CHARS = 400;

    private static final String DATE = "(?:(?:19|20)\\d{2}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
            + "(?:\\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|晚|夜间)(?:\\s*\\d{1,2}\\s*[时点:：](?:\\s*\\d{1,2}\\s*分?)?)?)?";
    private static final Pattern LEAD_IN = Pattern.compile("^(?:"
            + "\\s*[\\(\\uff08\\[\\u3010][^\\)\\uff09\\]\\u3011]{0,30}[\\)\\uff09\\]\\u3011]"             // (记者 张三)
            + "|\\s*[^\\s,，。]{0,12}(?:报讯|网讯|台讯|社讯|日电|日讯|消息)\\s*(?=[\\(\\uff08\\s,，:：]|$)"       // 本报讯, 新华社北京2月1日电
            + "|\\s*" + DATE + "\\s*[,，、]?"                                                            // 2月24日上午,
            + "|\\s*(?:近日|日前|今天|昨天|昨日|今日|前不久|近期|目前|据悉|据了解)\\s*[,，]"
            + "|\\s*[,，:：]"
            + ")+");
    /** {@code PHOENIX (AP) —}: a place in capitals, an optional agency, a dash between spaces. */
    private static final Pattern ENGLISH_DATELINE = Pattern.compile(
            "^[A-Z][A-Z .,'-]{1,40}?(?:\\s*\\([A-Za-z. ]+\\))?\\s*[\\u2014\\u2013-]{1,2}\\s+");
    private static final String HAN_SENTENCE_END = "\u3002\uff01\uff1f!?;\uff1b";
    private static final String HAN_CLAUSE_BREAK = ",\uff0c;\uff1b:\uff1a";

    @Override
    public void apply(WorkingDocument doc) {
        if (doc.title() != null && !doc.title().isBlank()) {
            return;
        }
        int at = Prose.firstProse(doc.lines());
        if (at < 0) {
            return;
        }
        String lead = doc.lines().get(at).strip();
        String title = HanText.countHan(lead) * 2 >= Chars.contentLength(lead) ? fromChinese(lead) : fromEnglish(lead);
        if (title != null && Chars.contentLength(title) >= 4) {
            doc.setTitle(title);
            doc.flag(Flags.TITLE_DERIVED);
        }
    }

    static String fromChinese(String lead) {
        String s = LEAD_IN.matcher(lead).replaceFirst("");
        int end = indexOfAny(s, HAN_SENTENCE_END, 0);
        // a headline never needs more; the clause loop below would be quadratic on a runaway sentence
        end = Math.min(end < 0 ? s.length() : end, MAX_SENTENCE_CHARS);
        String sentence = s.substring(0, end).strip();
        if (Chars.contentLength(sentence) <= MAX_HAN_TITLE) {
            return trimPunct(sentence);
        }
        // Too long for a headline: keep whole clauses while they fit, at least the first one.
        String title = null;
        int from = 0;
        while (true) {
            int cut = indexOfAny(sentence, HAN_CLAUSE_BREAK, from);
            String upTo = cut < 0 ? sentence : sentence.substring(0, cut);
            if (Chars.contentLength(upTo) > MAX_HAN_TITLE) {
                break;
            }
            if (Chars.contentLength(upTo) >= MIN_CLAUSE) {
                title = upTo;
            }
            if (cut < 0) {
                break;
            }
            from = cut + 1;
        }
        return trimPunct(title != null ? title : sentence.substring(0, cutIndex(sentence, MAX_HAN_TITLE)));
    }

    static String fromEnglish(String lead) {
        String s = ENGLISH_DATELINE.matcher(lead).replaceFirst("");
        int end = sentenceEnd(s);
        String sentence = (end < 0 ? s : s.substring(0, end)).strip();
        if (sentence.length() > MAX_LATIN_TITLE) {
            int comma = sentence.lastIndexOf(',', MAX_LATIN_TITLE);
            int space = sentence.lastIndexOf(' ', MAX_LATIN_TITLE);
            sentence = sentence.substring(0, comma > MAX_LATIN_TITLE / 3 ? comma : Math.max(space, MAX_LATIN_TITLE / 2));
        }
        return trimPunct(sentence);
    }

    /** End of the first English sentence: a full stop followed by a space and a capital, not after an initial. */
    private static int sentenceEnd(String s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))
                    && !(i >= 1 && Character.isUpperCase(s.charAt(i - 1)) && (i < 2 || s.charAt(i - 2) == ' '))) {
                return i;
            }
        }
        int last = s.length() - 1;
        return last >= 0 && ".!?".indexOf(s.charAt(last)) >= 0 ? last : -1;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index after the first {@code max} content characters. */
    private static int cutIndex(String s, int max) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Spaces.isWhitespace(s.charAt(i)) && ++n > max) {
                return i;
            }
        }
        return s.length();
    }

    private static String trimPunct(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1)) && !Chars.isCloseBracket(s.charAt(end - 1))
                && s.charAt(end - 1) != '\u201d') {
            end--;
        }
        return s.substring(0, end).strip();
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
