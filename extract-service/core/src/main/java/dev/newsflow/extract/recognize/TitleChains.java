package dev.newsflow.extract.recognize;

import dev.newsflow.extract.lexicon.Gazetteer;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.lexicon.PhraseIndex;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.text.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * The titles written before a name: the title word itself, extended to the composed phrase it ends when the phrase
 * starts like a body ("省政协主席", "省新冠肺炎疫情防控工作领导小组组长"), and the titles listed before it
 * ("省委副书记、省长、...组长").
 */
final class TitleChains {
    private static final int MAX_TITLE_PHRASE = 24;

    private final PhraseIndex titles;
    private final PhraseIndex titlePhraseStarts = new PhraseIndex(LexiconFiles.lines("title-phrase-starts.txt"));
    private final Gazetteer gazetteer;

    TitleChains(Gazetteer gazetteer, PhraseIndex titles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    /** The titles ending at {@code end}, with the titles listed before them ("省委副书记、省长、...组长"). */
    List<String> titleChain(AnalyzedText analyzed, int titleStart, int end) {
        String text = analyzed.text();
        List<String> chain = new ArrayList<>();
        String phrase = titlePhrase(analyzed, titleStart, end);
        chain.add(phrase);
        int cursor = end - phrase.length();
        while (cursor > 1 && text.charAt(cursor - 1) == '、') {
            int previousEnd = cursor - 1;
            int previousTitle = titles.longestEndingAt(text, previousEnd);
            if (previousTitle == 0) {
                break;
            }
            String previous = titlePhrase(analyzed, previousEnd - previousTitle, previousEnd);
            chain.add(0, previous);
            cursor = previousEnd - previous.length();
        }
        return chain;
    }

    /** The title itself, or the composed phrase it ends when the phrase starts like a body ("省政协主席"). */
    private String titlePhrase(AnalyzedText analyzed, int titleStart, int end) {
        String text = analyzed.text();
        int start = titleStart;
        while (start > 0 && titleStart - start < MAX_TITLE_PHRASE && !Chars.isBreak(text.charAt(start - 1))) {
            start--;
        }
        if (start < titleStart && startsLikeBody(text, start)) {
            return text.substring(start, end);
        }
        return text.substring(titleStart, end);
    }

    private boolean startsLikeBody(String text, int start) {
        if (titlePhraseStarts.longestStartingAt(text, start) > 0) {
            return true;
        }
        for (int length = 2; length <= 4 && start + length <= text.length(); length++) {
            if (gazetteer.lookup(text.substring(start, start + length)) != null) {
                return true;
            }
        }
        return false;
    }
}
