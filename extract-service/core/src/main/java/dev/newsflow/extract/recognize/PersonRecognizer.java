package dev.newsflow.extract.recognize;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.lexicon.Gazetteer;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.lexicon.PhraseIndex;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.text.Chars;
import dev.newsflow.extract.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Person names, found only where the text vouches for them, then at every mention (document consistency):
 * <ol>
 *   <li>after a title, with the whole chain of titles ("省委书记、省...领导小组组长楼阳生"), and after a group word
 *   ("省领导吕岩松、廉毅敏"), continuing over the enumeration that follows;</li>
 *   <li>before a title written after the name ("习近平总书记"), when the dictionary knows the name;</li>
 *   <li>at the start of a clause, before a speech verb ("楼阳生强调"), or as a list of three or more names
 *   ("罗清宇、张吉福、李俊明"), when none of them is an ordinary word or a place;</li>
 *   <li>from the document's metadata (reporters, editors).</li>
 * </ol>
 * A name starts with a surname and has two to four characters; where it ends is decided by what follows it
 * (punctuation, a title, or a word that usually follows a name: "主持", "出席", "等"...).
 */
public final class PersonRecognizer {
    private static final int MAX_TITLE_PHRASE = 24;
    /** Characters no given name holds; "某" marks an anonymized name ("林某某"), which is no name to report. */
    private static final String NEVER_IN_GIVEN_NAME = "的了在是和与及等对把被从向就都也还又并之其这那么某";
    private static final int MAX_TRANSLITERATED_PART = 6;
    private static final int MIN_UNANCHORED_LIST = 3;

    private final PhraseIndex surnames = new PhraseIndex(LexiconFiles.lines("surnames.txt"));
    private final PhraseIndex titles = new PhraseIndex(LexiconFiles.lines("titles.txt"));
    private final PhraseIndex postTitles = new PhraseIndex(LexiconFiles.lines("post-titles.txt"));
    private final PhraseIndex groupAnchors = new PhraseIndex(LexiconFiles.lines("group-anchors.txt"));
    private final PhraseIndex followers = new PhraseIndex(LexiconFiles.lines("name-followers.txt"));
    private final PhraseIndex speechVerbs = new PhraseIndex(LexiconFiles.lines("speech-verbs.txt"));
    private final PhraseIndex titlePhraseStarts = new PhraseIndex(LexiconFiles.lines("title-phrase-starts.txt"));
    private final Gazetteer gazetteer;

    public PersonRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A person known from the metadata, with the title the metadata gives (记者, 责任编辑). */
    public record KnownPerson(String name, String title) {
    }

    private record Span(int start, int end) {
    }

    public List<Found> recognize(AnalyzedText analyzed, List<KnownPerson> known) {
        String text = analyzed.text();
        Map<String, Set<String>> confirmed = new LinkedHashMap<>();
        for (KnownPerson person : known) {
            if (person.name() != null && person.name().length() >= 2) {
                Set<String> personTitles = confirmed.computeIfAbsent(person.name().strip(), k -> new LinkedHashSet<>());
                if (person.title() != null) {
                    personTitles.add(person.title());
                }
            }
        }
        for (int end = 1; end <= text.length(); end++) {
            int title = titles.longestEndingAt(text, end);
            if (title > 0 && !continuesAsWord(text, end)) {
                List<String> chain = titleChain(analyzed, end - title, end);
                confirmEnumeration(analyzed, end, chain, confirmed, false);
            }
            int group = groupAnchors.longestEndingAt(text, end);
            if (group > 0) {
                confirmEnumeration(analyzed, end, List.of(), confirmed, false);
            }
        }
        confirmBeforePostTitles(analyzed, confirmed);
        confirmAtClauseStarts(analyzed, confirmed);
        return mentions(analyzed, confirmed);
    }

    /** "委员" in "委员会", "主任" in "主任务": the title is the start of a longer word. */
    private boolean continuesAsWord(String text, int end) {
        return end < text.length() && "会务期".indexOf(text.charAt(end)) >= 0;
    }

    /** The titles ending at {@code end}, with the titles listed before them ("省委副书记、省长、...组长"). */
    private List<String> titleChain(AnalyzedText analyzed, int titleStart, int end) {
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

    /** Confirms the name right after {@code at} and the names enumerated after it, all with the same titles. */
    private void confirmEnumeration(AnalyzedText analyzed, int at, List<String> chain, Map<String, Set<String>> confirmed,
                                    boolean unanchored) {
        String text = analyzed.text();
        int cursor = skipSpaces(text, at);
        boolean spaced = cursor > at;
        boolean first = true;
        while (true) {
            Span name = nameAt(analyzed, cursor);
            if (name == null && first && !chain.isEmpty()) {
                name = nameWithoutSurname(analyzed, cursor);
            }
            first = false;
            if (name == null) {
                return;
            }
            String person = text.substring(name.start(), name.end());
            if (!unanchored && !plausibleName(person, true)) {
                return;
            }
            confirmed.computeIfAbsent(person, k -> new LinkedHashSet<>()).addAll(chain);
            int next = name.end();
            if (next < text.length() && text.charAt(next) == '、') {
                cursor = next + 1;
            } else if (next < text.length() && (spaced || text.charAt(next) == ' ') && Character.isWhitespace(text.charAt(next))) {
                cursor = skipSpaces(text, next);
                spaced = true;
            } else {
                return;
            }
        }
    }

    private static int skipSpaces(String text, int at) {
        int cursor = at;
        while (cursor < text.length() && (text.charAt(cursor) == ' ' || text.charAt(cursor) == '\u3000')) {
            cursor++;
        }
        return cursor;
    }

    /**
     * The name starting at {@code start}: a surname, then one to two characters, ending where punctuation, a title,
     * or a word that follows names begins. Null when no such name starts there.
     */
    private Span nameAt(AnalyzedText analyzed, int start) {
        String text = analyzed.text();
        int surname = surnames.longestStartingAt(text, start);
        if (surname == 0) {
            return null;
        }
        Span best = null;
        for (int length = surname + 2; length >= surname + 1; length--) {
            int end = start + length;
            if (end > text.length() || !Chars.allHan(text.substring(start, end))
                    || !givenNameCharsOk(text, start + surname, end)) {
                continue;
            }
            if (endsWell(text, end) || end < text.length() && text.charAt(end) == '·') {
                if (best == null) {
                    best = new Span(start, end);
                } else if (followers.contains(text.substring(end, end + 1))) {
                    // "李强说": the last character is more likely the word after a two-character name
                    best = new Span(start, end);
                }
            }
        }
        if (best == null) {
            best = endingBeforeAVerb(analyzed, start, surname);
        }
        return withTransliteratedPart(text, best);
    }

    /** "吴胜华宣读": no known follower, but the segmentation puts a verb right after the name. */
    private Span endingBeforeAVerb(AnalyzedText analyzed, int start, int surname) {
        String text = analyzed.text();
        for (int length = surname + 2; length >= surname + 1; length--) {
            int end = start + length;
            if (end >= text.length() || !Chars.allHan(text.substring(start, end)) || !givenNameCharsOk(text, start + surname, end)) {
                continue;
            }
            Token next = analyzed.tokenStartingAt(end);
            if (next != null && next.word().length() >= 2 && next.nature().startsWith("v")) {
                return new Span(start, end);
            }
        }
        return null;
    }

    /**
     * A four-character name without a Han surname right after a title ("区委书记扎西次仁到"), as Tibetan, Yi or
     * Uyghur names are written: not cut by any word of the dictionary and followed by a word that follows names.
     */
    private Span nameWithoutSurname(AnalyzedText analyzed, int start) {
        String text = analyzed.text();
        Span transliterated = transliteratedName(text, start);
        if (transliterated != null) {
            return transliterated;
        }
        int end = start + 4;
        if (end > text.length() || !Chars.allHan(text.substring(start, end)) || !givenNameCharsOk(text, start, end)
                || !endsWell(text, end) || Chars.isBreakAt(text, end) && text.charAt(Math.min(end, text.length() - 1)) == '、') {
            return null;
        }
        for (Token token : analyzed.tokens()) {
            if (token.end() > start && token.start() < end && token.word().length() >= 2 && !token.nature().startsWith("nr")) {
                return null;
            }
        }
        return new Span(start, end);
    }

    /** "阿不都热依木·吐尔逊": two to six characters, a middle dot, and the rest of the name. */
    private Span transliteratedName(String text, int start) {
        for (int length = 2; length <= MAX_TRANSLITERATED_PART && start + length < text.length(); length++) {
            if (!Chars.isHan(text.charAt(start + length - 1))) {
                return null;
            }
            if (text.charAt(start + length) == '·') {
                Span name = withTransliteratedPart(text, new Span(start, start + length));
                return name.end() > start + length ? name : null;
            }
        }
        return null;
    }

    /** "艾力·买买提": a transliterated name goes on after the middle dot. */
    private Span withTransliteratedPart(String text, Span name) {
        if (name == null || name.end() >= text.length() || text.charAt(name.end()) != '·') {
            return name;
        }
        for (int length = 2; length <= MAX_TRANSLITERATED_PART; length++) {
            int end = name.end() + 1 + length;
            if (end <= text.length() && Chars.allHan(text.substring(name.end() + 1, end)) && endsWell(text, end)) {
                return new Span(name.start(), end);
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

    private boolean endsWell(String text, int end) {
        return Chars.isBreakAt(text, end)
                || followers.longestStartingAt(text, end) > 0
                || titles.longestStartingAt(text, end) > 0
                || postTitles.longestStartingAt(text, end) > 0;
    }

    /**
     * Not an ordinary word of the dictionary, nor a place name. With a title before it, a word the dictionary
     * also knows as a name ("常青") passes.
     */
    private boolean plausibleName(String name, boolean anchored) {
        if (gazetteer.lookup(name) != null) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        if (attribute == null) {
            return true;
        }
        if (!anchored) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.toString().startsWith("nr")) {
                return true;
            }
        }
        return false;
    }

    /** "习近平总书记", "习近平同志": a word the dictionary tags as a person, right before a post-title. */
    private void confirmBeforePostTitles(AnalyzedText analyzed, Map<String, Set<String>> confirmed) {
        List<Token> tokens = analyzed.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!postTitles.contains(token.word())) {
                continue;
            }
            Token before = tokens.get(i - 1);
            if (before.nature().startsWith("nr") && before.word().length() >= 2 && before.word().length() <= 4
                    && surnames.longestStartingAt(before.word(), 0) > 0 && Chars.allHan(before.word())) {
                Set<String> personTitles = confirmed.computeIfAbsent(before.word(), k -> new LinkedHashSet<>());
                if (!token.word().equals("同志")) {
                    personTitles.add(token.word());
                }
            }
        }
    }

    /** Names opening a clause before a speech verb, and lists of three or more names opening a clause. */
    private void confirmAtClauseStarts(AnalyzedText analyzed, Map<String, Set<String>> confirmed) {
        String text = analyzed.text();
        for (int start = 0; start < text.length(); start++) {
            if (start > 0 && !Chars.isBreak(text.charAt(start - 1)) || Chars.isBreak(text.charAt(start))) {
                continue;
            }
            Span first = nameAt(analyzed, start);
            if (first == null || !plausibleName(text.substring(first.start(), first.end()), false)) {
                continue;
            }
            if (speechVerbs.longestStartingAt(text, first.end()) > 0) {
                confirmed.computeIfAbsent(text.substring(first.start(), first.end()), k -> new LinkedHashSet<>());
            }
            List<String> listed = listedNames(analyzed, first);
            if (listed.size() >= MIN_UNANCHORED_LIST) {
                for (String name : listed) {
                    confirmed.computeIfAbsent(name, k -> new LinkedHashSet<>());
                }
            }
        }
    }

    private List<String> listedNames(AnalyzedText analyzed, Span first) {
        String text = analyzed.text();
        List<String> names = new ArrayList<>();
        Span current = first;
        while (current != null) {
            String name = text.substring(current.start(), current.end());
            if (!plausibleName(name, false)) {
                return List.of();
            }
            names.add(name);
            if (current.end() < text.length() && text.charAt(current.end()) == '、') {
                current = nameAt(analyzed, current.end() + 1);
                if (current == null) {
                    return List.of();
                }
            } else {
                current = null;
            }
        }
        return names;
    }

    /** Every mention of every confirmed name, longer names first so that "李佳" never claims part of a longer name. */
    private List<Found> mentions(AnalyzedText analyzed, Map<String, Set<String>> confirmed) {
        String text = analyzed.text();
        List<String> byLength = new ArrayList<>(confirmed.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] claimed = new boolean[text.length()];
        List<Found> found = new ArrayList<>();
        List<String> withoutMention = new ArrayList<>();
        for (String name : byLength) {
            boolean any = false;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (claimed[at] || claimed[end - 1] || analyzed.touchesSpam(at, end)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    claimed[i] = true;
                }
                Found person = new Found(EntityType.PERSON, at, end, name);
                person.titles.addAll(confirmed.get(name));
                found.add(person);
                any = true;
            }
            if (!any) {
                withoutMention.add(name);
            }
        }
        for (String name : withoutMention) {
            // a reporter or editor named only in the metadata: an entity without mention
            Found person = new Found(EntityType.PERSON, -1, -1, name);
            person.titles.addAll(confirmed.get(name));
            found.add(person);
        }
        return found;
    }
}
