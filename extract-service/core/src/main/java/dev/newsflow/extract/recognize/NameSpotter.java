package dev.newsflow.extract.recognize;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.newsflow.extract.lexicon.Gazetteer;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.lexicon.PhraseIndex;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.text.Chars;
import dev.newsflow.extract.text.Token;

/**
 * Where a person's name starts and ends. A name starts with a surname and has two to four characters; where it
 * ends is decided by what follows it (punctuation, a title, or a word that usually follows a name: "主持", "出席",
 * "等"...), else by the verb the segmentation puts after it. Minority and transliterated names
 * ("扎西次仁", "艾力·买买提") are read only where a title vouches for them.
 */
final class NameSpotter {
    /** Characters no given name holds; "某" marks an anonymized name ("林某某"), which is no name to report. */
    private static final String NEVER_IN_GIVEN_NAME = "的了在是和与及等对把被从向就都也还又并之其这那么某";
    private static final int MAX_TRANSLITERATED_PART = 6;

    /** A name's offsets [start, end) in the text. */
    record NameSpan(int start, int end) {
    }

    private final PhraseIndex surnames = new PhraseIndex(LexiconFiles.lines("surnames.txt"));
    private final PhraseIndex followers = new PhraseIndex(LexiconFiles.lines("name-followers.txt"));
    private final PhraseIndex titles;
    private final PhraseIndex postTitles;
    private final Gazetteer gazetteer;

    NameSpotter(Gazetteer gazetteer, PhraseIndex titles, PhraseIndex postTitles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.postTitles = postTitles;
    }

    boolean startsWithSurname(String word) {
        return surnames.longestStartingAt(word, 0) > 0;
    }

    /**
     * The name starting at {@code start}: a surname, then one to two characters, ending where punctuation, a title,
     * or a word that follows names begins. Null when no such name starts there.
     */
    NameSpan nameAt(AnalyzedText analyzed, int start) {
        String text = analyzed.text();
        int surname = surnames.longestStartingAt(text, start);
        if (surname == 0) {
            return null;
        }
        NameSpan best = null;
        for (int length = surname + 2; length >= surname + 1; length--) {
            int end = start + length;
            if (end > text.length() || !Chars.allHan(text.substring(start, end))
                    || !givenNameCharsOk(text, start + surname, end)) {
                continue;
            }
            if (endsWell(text, end) || end < text.length() && text.charAt(end) == '·') {
                if (best == null) {
                    best = new NameSpan(start, end);
                } else if (followers.contains(text.substring(end, end + 1))) {
                    // "李强说": the last character is more likely the word after a two-character name
                    best = new NameSpan(start, end);
                }
            }
        }
        if (best == null) {
            best = endingBeforeAVerb(analyzed, start, surname);
        }
        return withTransliteratedPart(text, best);
    }

    /** "吴胜华宣读", "林彬杨连夜": no known follower, but the segmentation puts a verb or adverb right after the name. */
    private NameSpan endingBeforeAVerb(AnalyzedText analyzed, int start, int surname) {
        String text = analyzed.text();
        for (int length = surname + 2; length >= surname + 1; length--) {
            int end = start + length;
            if (end >= text.length() || !Chars.allHan(text.substring(start, end)) || !givenNameCharsOk(text, start + surname, end)) {
                continue;
            }
            Token next = analyzed.tokenStartingAt(end);
            if (next != null && next.word().length() >= 2 && (next.nature().startsWith("v") || next.nature().startsWith("d"))) {
                return new NameSpan(start, end);
            }
        }
        return null;
    }

    /**
     * A four-character name without a Han surname right after a title ("区委书记扎西次仁到"), as Tibetan, Yi or
     * Uyghur names are written: not cut by any word of the dictionary and followed by a word that follows names.
     */
    NameSpan nameWithoutSurname(AnalyzedText analyzed, int start) {
        String text = analyzed.text();
        NameSpan transliterated = transliteratedName(text, start);
        if (transliterated != null) {
            return transliterated;
        }
        int end = start + 4;
        if (end > text.length() || !Chars.allHan(text.substring(start, end)) || !givenNameCharsOk(text, start, end)
                || !endsWell(text, end) || Chars.isBreakAt(text, end) && text.charAt(Math.min(end, text.length() - 1)) == '、') {
            return null;
        }
        if (!analyzed.isBoundary(start)) {
            return null;
        }
        for (int at = start; at < end; ) {
            Token token = analyzed.tokenStartingAt(at);
            if (token == null) {
                return null;
            }
            if (token.word().length() >= 2 && !token.nature().startsWith("nr")) {
                return null;
            }
            at = token.end();
        }
        return new NameSpan(start, end);
    }

    /** "阿不都热依木·吐尔逊": two to six characters, a middle dot, and the rest of the name. */
    private NameSpan transliteratedName(String text, int start) {
        for (int length = 2; length <= MAX_TRANSLITERATED_PART && start + length < text.length(); length++) {
            if (!Chars.isHan(text.charAt(start + length - 1))) {
                return null;
            }
            if (text.charAt(start + length) == '·') {
                NameSpan name = withTransliteratedPart(text, new NameSpan(start, start + length));
                return name.end() > start + length ? name : null;
            }
        }
        return null;
    }

    /** "艾力·买买提": a transliterated name goes on after the middle dot. */
    private NameSpan withTransliteratedPart(String text, NameSpan name) {
        if (name == null || name.end() >= text.length() || text.charAt(name.end()) != '·') {
            return name;
        }
        for (int length = 2; length <= MAX_TRANSLITERATED_PART; length++) {
            int end = name.end() + 1 + length;
            if (end <= text.length() && Chars.allHan(text.substring(name.end() + 1, end)) && endsWell(text, end)) {
                return new NameSpan(name.start(), end);
            }
        }
        return name;
    }

    private static boolean givenNameCharsOk(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NEVER_IN_GIVEN_NAME.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    boolean endsWell(String text, int end) {
        return Chars.isBreakAt(text, end)
                || followers.longestStartingAt(text, end) > 0
                || titles.longestStartingAt(text, end) > 0
                || postTitles.longestStartingAt(text, end) > 0;
    }

    /**
     * Not an ordinary word of the dictionary, nor a place name. With a title before it, a word the dictionary
     * also knows as a name ("常青") passes.
     */
    boolean plausibleName(String name, boolean anchored) {
        if (gazetteer.lookup(name) != null) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        if (attribute == null) {
            return true;
        }
        int asName = 0;
        int otherwise = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i].toString().startsWith("nr")) {
                asName += attribute.frequency[i];
            } else {
                otherwise += attribute.frequency[i];
            }
        }
        // without a title, the dictionary must know the word mostly as a name ("王刚"), not as a word ("时刻")
        return anchored ? asName > 0 : asName > otherwise;
    }
}
