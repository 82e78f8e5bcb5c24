package dev.newsflow.extract.recognize;

import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.lexicon.PhraseIndex;

import dev.newsflow.common.lexicon.SpamLexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the characters of injected spam, so that nothing inside it becomes an entity: hard markers
 * (currency signs, underscores, latin-and-digit brand names from {@code spam-markers.txt}, and the shared strong spam
 * terms of {@link SpamLexicon}) spread over the spam words they touch (all of {@link SpamLexicon}'s lists),
 * and a line that is a list of links separated by '|' is spam as a whole.
 */
public final class SpamDetector {
    private static final int LINK_FARM_MIN_SEPARATORS = 4;

    private final List<Pattern> hardMarkers;
    private final PhraseIndex spamWords;

    private final PhraseIndex strongTerms;

    public SpamDetector() {
        this.hardMarkers = LexiconFiles.lines("spam-markers.txt").stream().map(Pattern::compile).toList();
        this.strongTerms = new PhraseIndex(SpamLexicon.strong());
        List<String> spreading = new ArrayList<>(SpamLexicon.strong());
        spreading.addAll(SpamLexicon.weak());
        spreading.addAll(SpamLexicon.extenders());
        this.spamWords = new PhraseIndex(spreading);
    }

    public BitSet detect(String text) {
        BitSet spam = new BitSet(text.length());
        for (Pattern marker : hardMarkers) {
            Matcher matcher = marker.matcher(text);
            while (matcher.find()) {
                spam.set(matcher.start(), matcher.end());
            }
        }
        for (int i = 0; i < text.length(); i++) {
            int term = strongTerms.longestStartingAt(text, i);
            if (term > 0) {
                spam.set(i, i + term);
            }
        }
        spreadOverSpamWords(text, spam);
        markLinkFarms(text, spam);
        return spam;
    }

    private void spreadOverSpamWords(String text, BitSet spam) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = spam.nextSetBit(0); i >= 0; i = spam.nextSetBit(i + 1)) {
                int regionEnd = spam.nextClearBit(i);
                int after = spamWords.longestStartingAt(text, regionEnd);
                if (after > 0) {
                    spam.set(regionEnd, regionEnd + after);
                    grew = true;
                }
                int before = spamWords.longestEndingAt(text, i);
                if (before > 0 && !spam.get(i - before)) {
                    spam.set(i - before, i);
                    grew = true;
                }
                i = spam.nextClearBit(i);
            }
        }
    }

    private static void markLinkFarms(String text, BitSet spam) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int separators = 0;
            for (int i = lineStart; i < lineEnd; i++) {
                if (text.charAt(i) == '|') {
                    separators++;
                }
            }
            if (separators >= LINK_FARM_MIN_SEPARATORS) {
                spam.set(lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
    }
}
