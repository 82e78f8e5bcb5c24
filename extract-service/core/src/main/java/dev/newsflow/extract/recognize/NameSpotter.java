package dev.newsflow.extract.recognize;

import dev.newsflow.common.text.HanText;
import dev.newsflow.common.lexicon.Surnames;
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
    private static final String NEVER_IN_GIVEN_NAME = "的了在是和与及等对把被从向就都也还又并之其这那么某两";
    /** For a name the statistical tagger proposes: "其" is a given-name character as well (钱其琛). */
    private static final String NEVER_IN_TAGGED_NAME = "的了在是和与及等对把被从向就都也还又并这那么某两";
    /** Characters that end a clause word rather than a name ("都有", "时说", "曾是"): no statistical name ends with them. */
    private static final String NEVER_ENDS_CANDIDATE = "有说是能曾才会要将为以到来去中上下里外内们人件元岁座支次种载户位个";
    /** Surnames that are also prepositions or conjunctions. */
    private static final String FUNCTION_SURNAMES = "向和与对在为把被从同于以及将都那但国全印战冒修占包区时党应";
    private static final int MAX_TRANSLITERATED_PART = 6;

    /** Characters of transliterated foreign names (Xinhua's transliteration tables); no ordinary word is made of them alone. */
    private static final String TRANSLITERATION = "阿埃艾爱安昂奥澳巴拔白班邦鲍贝本比彼毕宾波伯勃博布查察柴楚茨达戴黛丹"
            + "道德登迪蒂丁杜顿多厄恩尔法菲费芬丰佛弗福夫盖甘冈戈格贡古瓜哈汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸"
            + "奎拉莱赖兰朗劳勒雷蕾利里丽莉列林琳卢鲁伦罗洛马玛迈麦曼芒梅蒙米密莫默姆穆纳奈内尼涅纽努诺帕潘庞佩皮普奇齐"
            + "恰乔切丘萨塞桑瑟森沙莎舍什施斯松索塔泰坦汤特提图托瓦旺威韦维温沃乌西希锡谢辛休雅亚扬耶伊因英尤约泽扎詹兹"
            + "佐娃娜娅琴契茨迦喀罕侯翰黎娄荣鄂赛孔";
    private static final int MAX_TRANSLITERATED = 8;

    /** A name's offsets [start, end) in the text. */
    record NameSpan(int start, int end) {
    }

    private final PhraseIndex surnames = new PhraseIndex(Surnames.all());
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
        return nameAt(analyzed, start, false);
    }

    /**
     * As {@link #nameAt(AnalyzedText, int)}; when {@code anchored} (a title or group word stands before it), the
     * statistical tagger's name is taken where the rules find no end ("总经理王荣生/nr 感触").
     */
    NameSpan nameAt(AnalyzedText analyzed, int start, boolean anchored) {
        String text = analyzed.text();
        int surname = surnames.longestStartingAt(text, start);
        if (surname == 0) {
            return null;
        }
        NameSpan best = null;
        for (int length = surname + 2; length >= surname + 1; length--) {
            int end = start + length;
            if (end > text.length() || !HanText.allHan(text.substring(start, end))
                    || !givenNameCharsOk(text, start + surname, end) || isCredit(text, end - 1)) {
                continue;
            }
            if (endsWell(text, end) || end < text.length() && text.charAt(end) == '·') {
                Token tagged = analyzed.tokenStartingAt(start);
                if (tagged != null && tagged.end() == end && tagged.nature().startsWith("nr")) {
                    best = new NameSpan(start, end); // the statistical tagger agrees on this end ("段春来，")
                    break;
                }
                Token after = analyzed.tokenStartingAt(end);
                boolean verbAfter = after != null && after.word().length() >= 2 && after.nature().startsWith("v");
                if (best == null) {
                    best = new NameSpan(start, end);
                } else if (followers.contains(text.substring(end, end + 1)) || verbAfter) {
                    // "李强说": the last character is more likely the word after a two-character name
                    best = new NameSpan(start, end);
                }
            }
        }
        Token tag = analyzed.tokenStartingAt(start);
        if (best != null && tag != null && tag.nature().startsWith("nr") && tag.end() - start >= 2 && tag.end() < best.end()) {
            Token cut = analyzed.tokenStartingAt(tag.end());
            if (cut != null && cut.end() > best.end()) {
                best = new NameSpan(start, tag.end()); // "李鹏/nr 发来/v": a name never ends inside the next word
            }
        }
        if (best == null && anchored) {
            best = taggedName(analyzed, start); // "王荣生/nr 感触": the tagger's name where the rules find no end
        }
        if (best == null) {
            best = endingBeforeAVerb(analyzed, start, surname);
        }
        return withTransliteratedPart(analyzed, best);
    }

    /**
     * The word the statistical tagger reads as a Chinese name at {@code start} (nr, two to four Han characters,
     * plausible by the name rules); used only where a title vouches for a name there.
     */
    private NameSpan taggedName(AnalyzedText analyzed, int start) {
        Token token = analyzed.tokenStartingAt(start);
        if (token == null || !token.nature().equals("nr") || token.word().length() < 2 || token.word().length() > 4
                || !HanText.allHan(token.word()) || !plausibleChineseName(token.word())) {
            return null;
        }
        return new NameSpan(start, token.end());
    }

    /**
     * A transliterated name right after a title that no tagger saw ("总统斯卡尔法罗１５日"): a run of two to eight
     * transliteration characters (a middle dot allowed between parts), ending where a name ends or before a verb,
     * and not a place or an ordinary word of the dictionary.
     */
    NameSpan transliteratedRun(AnalyzedText analyzed, int start) {
        String text = analyzed.text();
        int end = start;
        while (end < text.length() && end - start < MAX_TRANSLITERATED
                && (TRANSLITERATION.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '·' && end > start)) {
            end++;
        }
        for (; end - start >= 2; end--) {
            if (text.charAt(end - 1) == '·') {
                continue;
            }
            Token after = analyzed.tokenStartingAt(end);
            boolean ends = endsWell(text, end) || after != null && after.word().length() >= 2 && after.nature().startsWith("v");
            if (!ends || !analyzed.isBoundary(end)) {
                continue;
            }
            String name = text.substring(start, end);
            CoreDictionary.Attribute attribute = CoreDictionary.get(name);
            if (gazetteer.lookup(name) != null || attribute != null && !attribute.nature[0].toString().startsWith("nr")) {
                return null;
            }
            return new NameSpan(start, end);
        }
        return null;
    }

    private static boolean multiCharWordAt(AnalyzedText analyzed, int at) {
        Token token = analyzed.tokenStartingAt(at);
        return token != null && token.word().length() >= 2;
    }

    /**
     * The names that [from, to) consists of exactly, as bylines write them: one name, or two or three glued
     * ("陈国琦朱丽琴", "秦杰向兵"), each a surname and one or two characters, plausible as a name; the split that
     * keeps the segmentation's word boundaries and the longer names wins. Empty when the span is not only names.
     */
    java.util.List<String> splitNames(AnalyzedText analyzed, int from, int to) {
        String text = analyzed.text();
        if (to - from < 2 || to - from > 9 || !HanText.allHan(text.substring(from, to))) {
            return java.util.List.of();
        }
        int n = to - from;
        int[] score = new int[n + 1];
        int[] cut = new int[n + 1];
        java.util.Arrays.fill(score, Integer.MIN_VALUE);
        score[0] = 0;
        for (int at = 0; at < n; at++) {
            if (score[at] == Integer.MIN_VALUE) {
                continue;
            }
            int surname = 0;
            for (int length = Math.min(2, n - at); length >= 1 && surname == 0; length--) {
                surname = surnames.contains(text.substring(from + at, from + at + length)) ? length : 0;
            }
            if (surname == 0) {
                continue;
            }
            for (int length = surname + 1; length <= surname + 2 && at + length <= n; length++) {
                String name = text.substring(from + at, from + at + length);
                if (!givenNameCharsOk(text, from + at + surname, from + at + length) || !plausibleName(name, false)
                        || titles.contains(name.substring(surname)) || postTitles.contains(name.substring(surname))) {
                    continue;
                }
                int end = at + length;
                int value = score[at] + length + (analyzed.isBoundary(from + end) ? 2 : 0);
                if (value > score[end]) {
                    score[end] = value;
                    cut[end] = at;
                }
            }
        }
        if (score[n] == Integer.MIN_VALUE) {
            return java.util.List.of();
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            names.add(0, text.substring(from + cut[end], from + end));
        }
        return names;
    }

    /** "吴胜华宣读", "林彬杨连夜": no known follower, but the segmentation puts a verb or adverb right after the name. */
    private NameSpan endingBeforeAVerb(AnalyzedText analyzed, int start, int surname) {
        String text = analyzed.text();
        for (int length = surname + 2; length >= surname + 1; length--) {
            int end = start + length;
            if (end >= text.length() || !HanText.allHan(text.substring(start, end)) || !givenNameCharsOk(text, start + surname, end)) {
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
        NameSpan transliterated = transliteratedName(analyzed, start);
        if (transliterated != null) {
            return transliterated;
        }
        int end = start + 4;
        if (end > text.length() || !HanText.allHan(text.substring(start, end)) || !givenNameCharsOk(text, start, end)
                || isCredit(text, end - 1) || !endsWell(text, end) || Chars.isBreakAt(text, end) && text.charAt(Math.min(end, text.length() - 1)) == '、') {
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
    private NameSpan transliteratedName(AnalyzedText analyzed, int start) {
        String text = analyzed.text();
        for (int length = 2; length <= MAX_TRANSLITERATED_PART && start + length < text.length(); length++) {
            if (!HanText.isHan(text.charAt(start + length - 1))) {
                return null;
            }
            if (text.charAt(start + length) == '·') {
                NameSpan name = withTransliteratedPart(analyzed, new NameSpan(start, start + length));
                return name.end() > start + length ? name : null;
            }
        }
        return null;
    }

    /** "艾力·买买提": a transliterated name goes on after the middle dot. */
    private NameSpan withTransliteratedPart(AnalyzedText analyzed, NameSpan name) {
        String text = analyzed.text();
        if (name == null || name.end() >= text.length() || text.charAt(name.end()) != '·') {
            return name;
        }
        for (int length = 2; length <= MAX_TRANSLITERATED_PART; length++) {
            int end = name.end() + 1 + length;
            if (end > text.length() || !HanText.allHan(text.substring(name.end() + 1, end))) {
                continue;
            }
            Token after = analyzed.tokenStartingAt(end);
            boolean verbAfter = after != null && after.word().length() >= 2 && after.nature().startsWith("v");
            if (endsWell(text, end) || verbAfter) { // "谢赫·哈西娜/提议": the name ends before the verb
                return new NameSpan(name.start(), end);
            }
        }
        return name;
    }

    /**
     * The transliterated name around the token at {@code index} (tagged nrf or nr by HanLP): the run of
     * transliteration characters it lies in, over short neighbouring words, with a middle dot allowed between
     * parts; null when the run is a word of the dictionary, a place, or shorter than two characters.
     */
    NameSpan transliteratedAround(AnalyzedText analyzed, int index) {
        java.util.List<Token> tokens = analyzed.tokens();
        Token token = tokens.get(index);
        if (!isTransliterated(token.word())) {
            return null;
        }
        int first = index;
        while (first > 0 && joinsTransliteration(tokens.get(first - 1))) {
            first--;
        }
        int last = index;
        while (last + 1 < tokens.size() && joinsTransliteration(tokens.get(last + 1))) {
            last++;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String text = analyzed.text();
        while (end - start > MAX_TRANSLITERATED || end > start && text.charAt(end - 1) == '·') {
            end--;
        }
        String name = text.substring(start, end);
        if (name.replace("·", "").length() < 2 || gazetteer.lookup(name) != null || !endsWell(text, end)) {
            return null;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        if (attribute != null && !attribute.nature[0].toString().startsWith("nr")) {
            return null;
        }
        return new NameSpan(start, end);
    }

    private static boolean joinsTransliteration(Token token) {
        if (token.word().equals("·")) {
            return true;
        }
        String nature = token.nature();
        boolean shortOrName = token.word().length() <= 2 || nature.startsWith("nr");
        return shortOrName && !nature.startsWith("ns") && !nature.equals("nnt") && !nature.startsWith("w")
                && isTransliterated(token.word());
    }

    static boolean isTransliterated(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '·' && TRANSLITERATION.indexOf(c) < 0) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** "王建民摄）": the photographer's credit after a name, not part of it. */
    static boolean isCredit(String text, int at) {
        return at >= 0 && at < text.length() && text.charAt(at) == '摄' && Chars.isBreakAt(text, at + 1);
    }

    private static boolean givenNameCharsOk(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NEVER_IN_GIVEN_NAME.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word HanLP's recognizer tags as a Chinese name: two to four Han characters, a known surname, a given name
     * without function characters, and not an ordinary word or a place.
     */
    boolean plausibleChineseName(String word) {
        if (word.length() < 2 || word.length() > 4 || !HanText.allHan(word)) {
            return false;
        }
        int surname = surnames.longestStartingAt(word, 0);
        if (surname == 0 && dictionaryName(word)) {
            return true; // a name the dictionary lists ("尉健行")
        }
        if (surname == 0 || surname >= word.length() || word.length() - surname > 2) {
            return false;
        }
        String given = word.substring(surname);
        if (given.length() == 2 && ordinaryWord(given)) {
            return false; // "双胜利": a surname character before an ordinary word
        }
        if (FUNCTION_SURNAMES.indexOf(word.charAt(0)) >= 0 && surname == 1
                && (surnames.longestStartingAt(given, 0) > 0 || CoreDictionary.get(given) != null)) {
            return false; // "和李鹏", "向全国": a function word before a name or a word
        }
        if (titles.contains(word.substring(surname)) || postTitles.contains(word.substring(surname))) {
            return false; // "江主席": a surname and a title, not a name
        }
        for (int i = surname; i < word.length(); i++) {
            if (NEVER_IN_TAGGED_NAME.indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        if (NEVER_ENDS_CANDIDATE.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return false;
        }
        return plausibleName(word, false);
    }

    /** A word the dictionary knows, mostly not as a name, and often ("胜利"; not "建国", which is also a given name). */
    private static boolean ordinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        int asName = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i].toString().startsWith("nr")) {
                asName += attribute.frequency[i];
            }
        }
        return asName == 0 && attribute.totalFrequency >= 50;
    }

    private static boolean dictionaryName(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].toString().startsWith("nr");
    }

    boolean endsWell(String text, int end) {
        return Chars.isBreakAt(text, end) || isCredit(text, end) || Character.isDigit(text.charAt(end)) // "桑特１３日"
                || followers.longestStartingAt(text, end) > 0
                || titles.longestStartingAt(text, end) > 0
                || postTitles.longestStartingAt(text, end) > 0;
    }

    /**
     * Not an ordinary word of the dictionary, nor a place name. With a title before it, a word the dictionary
     * also knows as a name ("常青") passes.
     */
    boolean plausibleName(String name, boolean anchored) {
        if (name.length() >= 2 && FUNCTION_SURNAMES.indexOf(name.charAt(0)) >= 0
                && (surnames.longestStartingAt(name, 1) > 0 || CoreDictionary.get(name.substring(1)) != null)) {
            return false; // "和李鹏", "向他们": a function word before a name or a word
        }
        if (gazetteer.lookup(name) != null) {
            return false;
        }
        int surname = surnames.longestStartingAt(name, 0);
        if (surname > 0 && surname < name.length()
                && (titles.contains(name.substring(surname)) || postTitles.contains(name.substring(surname)))) {
            return false; // "江主席": a surname and a title
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
