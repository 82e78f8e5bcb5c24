package dev.newsflow.extract.recognize;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.text.AnalyzedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slogans and policy terms quoted in the text ("“双零目标”", "“外防输入、内防反弹”"): short quotations without
 * sentence punctuation. Quoted sentences ("“沧海横流,方显英雄本色。”") are not terms.
 */
public final class QuotedTermRecognizer {
    private static final int MAX_LENGTH = 16;
    private static final Pattern QUOTED = Pattern.compile("[“「『\"]([^“”「」『』\"\\n]{1," + MAX_LENGTH + "})[”」』\"]");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，,。.；;：:！!？?]");

    public List<Found> recognize(AnalyzedText analyzed) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(analyzed.text());
        while (matcher.find()) {
            String term = matcher.group(1).strip();
            if (term.length() >= 2 && !SENTENCE_PUNCTUATION.matcher(term).find() && hanShare(term) >= 0.5) {
                found.add(new Found(EntityType.TERM, matcher.start(1), matcher.end(1), term));
            }
        }
        return found;
    }

    private static double hanShare(String term) {
        long han = term.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return (double) han / term.length();
    }
}
