package dev.newsflow.extract.recognize;

import dev.newsflow.common.text.HanText;
import dev.newsflow.common.text.Spaces;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.lexicon.Gazetteer;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.lexicon.PhraseIndex;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.recognize.NameSpotter.NameSpan;
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
 * Where a name starts and ends is {@link NameSpotter}'s job; the titles before it are {@link TitleChains}'.
 */
public final class PersonRecognizer {
    private static final int MIN_UNANCHORED_LIST = 3;

    private final PhraseIndex titles = new PhraseIndex(LexiconFiles.lines("titles.txt"));
    private final PhraseIndex postTitles = new PhraseIndex(LexiconFiles.lines("post-titles.txt"));
    private final PhraseIndex groupAnchors = new PhraseIndex(LexiconFiles.lines("group-anchors.txt"));
    private final PhraseIndex speechVerbs = new PhraseIndex(LexiconFiles.lines("speech-verbs.txt"));
    private final PhraseIndex reportingPrepositions = new PhraseIndex(List.of("据", "经", "由"));
    private final NameSpotter spotter;
    private final TitleChains titleChains;
    private final StatisticalCandidates statistical;

    public PersonRecognizer(Gazetteer gazetteer) {
        this.spotter = new NameSpotter(gazetteer, titles, postTitles);
        this.titleChains = new TitleChains(gazetteer, titles);
        this.statistical = new StatisticalCandidates(spotter);
    }

    /** A person known from the metadata, with the title the metadata gives (记者, 责任编辑). */
    public record KnownPerson(String name, String title) {
    }


    public List<Found> recognize(AnalyzedText analyzed, List<KnownPerson> known) {
        String text = analyzed.text();
        Map<String, Set<String>> confirmed = new LinkedHashMap<>();
        Set<String> fromMetadata = new LinkedHashSet<>();
        for (KnownPerson person : known) {
            if (person.name() != null && person.name().strip().length() >= 2) {
                fromMetadata.add(person.name().strip());
                Set<String> personTitles = confirmed.computeIfAbsent(person.name().strip(), k -> new LinkedHashSet<>());
                if (person.title() != null) {
                    personTitles.add(person.title());
                }
            }
        }
        for (int end = 1; end <= text.length(); end++) {
            int title = titles.longestEndingAt(text, end);
            if (title > 0 && !continuesAsWord(text, end)) {
                List<String> chain = titleChains.titleChain(analyzed, end - title, end);
                confirmEnumeration(analyzed, end, chain, confirmed);
            }
            int group = groupAnchors.longestEndingAt(text, end);
            if (group > 0) {
                confirmEnumeration(analyzed, end, List.of(), confirmed);
            }
        }
        confirmAfterOpenTitles(analyzed, confirmed);
        confirmBeforePostTitles(analyzed, confirmed);
        confirmAtClauseStarts(analyzed, confirmed);
        confirmBylines(analyzed, confirmed);
        confirmAfterCountries(analyzed, confirmed);
        for (String candidate : statistical.persons(analyzed)) {
            confirmed.computeIfAbsent(candidate, k -> new LinkedHashSet<>());
        }
        return mentions(analyzed, confirmed, fromMetadata);
    }

    /**
     * Titles are an open class: besides the lexicon, every word the dictionary tags as a title or occupation (nnt:
     * "总统", "外交大臣", "评论家", "指挥家") vouches for the name right after it, as a lexicon title does.
     */
    private void confirmAfterOpenTitles(AnalyzedText analyzed, Map<String, Set<String>> confirmed) {
        String text = analyzed.text();
        for (Token token : analyzed.tokens()) {
            if (token.nature().equals("nnt") && token.word().length() >= 2 && titles.longestEndingAt(text, token.end()) == 0
                    && !continuesAsWord(text, token.end())) {
                List<String> chain = titleChains.titleChain(analyzed, token.start(), token.end());
                confirmEnumeration(analyzed, token.end(), chain, confirmed);
            }
        }
    }

    /** "委员" in "委员会", "主任" in "主任务": the title is the start of a longer word. */
    private boolean continuesAsWord(String text, int end) {
        return end < text.length() && "会务期".indexOf(text.charAt(end)) >= 0;
    }

    /** Confirms the name right after {@code at} and the names enumerated after it, all with the same titles. */
    private void confirmEnumeration(AnalyzedText analyzed, int at, List<String> chain, Map<String, Set<String>> confirmed) {
        String text = analyzed.text();
        int cursor = skipSpaces(text, at);
        boolean spaced = cursor > at;
        boolean first = true;
        while (true) {
            NameSpan name = spotter.nameAt(analyzed, cursor, true);
            int tagged = analyzed.tokenIndexStartingAt(cursor);
            if (name == null && tagged >= 0 && analyzed.tokens().get(tagged).nature().startsWith("nr")) {
                name = spotter.transliteratedAround(analyzed, tagged); // "总统克林顿", "外交大臣罗宾·库克"
            }
            if (name == null && first && !chain.isEmpty()) {
                name = spotter.nameWithoutSurname(analyzed, cursor);
            }
            if (name == null && first && !chain.isEmpty()) {
                name = spotter.transliteratedRun(analyzed, cursor); // "总统斯卡尔法罗１５日"
            }
            first = false;
            if (name == null) {
                return;
            }
            String person = text.substring(name.start(), name.end());
            if (!spotter.plausibleName(person, true)) {
                return;
            }
            confirmed.computeIfAbsent(person, k -> new LinkedHashSet<>()).addAll(chain);
            int next = name.end();
            if (next < text.length() && text.charAt(next) == '、') {
                cursor = next + 1;
            } else if (next < text.length() && (spaced || text.charAt(next) == ' ') && Spaces.isWhitespace(text.charAt(next))) {
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
                    && spotter.startsWithSurname(before.word()) && HanText.allHan(before.word())) {
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
            int preposition = reportingPrepositions.longestStartingAt(text, start);
            NameSpan first = spotter.nameAt(analyzed, start);
            if (first == null && preposition > 0) {
                first = spotter.nameAt(analyzed, start + preposition); // "据张伟介绍"
            }
            if (first == null || !spotter.plausibleName(text.substring(first.start(), first.end()), false)) {
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

    /**
     * Bylines and credits, where a name stands without a title: a line that is only names ("¶于永军¶", two names
     * glued "¶龙益飞石雄¶"), a line opening with a name and its affiliation in brackets ("¶王茂兴（寿光市副市长）"),
     * and the bracketed credit closing a paragraph ("。（陈国琦朱丽琴）", "（黄世坤胡更生摄）").
     */
    private void confirmBylines(AnalyzedText analyzed, Map<String, Set<String>> confirmed) {
        String text = analyzed.text();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int from = skipSpaces(text, lineStart);
            int to = lineEnd;
            while (to > from && Spaces.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to - from >= 2 && to - from <= 8) {
                addAll(spotter.splitNames(analyzed, from, to), confirmed); // the line is a byline
            }
            int bracket = indexWithin(text, '（', from, Math.min(to, from + 5)); // bounded: no scan beyond the line
            if (bracket > from) {
                List<String> named = spotter.splitNames(analyzed, from, bracket);
                if (named.size() == 1) {
                    addAll(named, confirmed); // "王茂兴（寿光市副市长）"
                }
            }
            if (to - from >= 4 && text.charAt(to - 1) == '）' && "。！？”".indexOf(text.charAt(to - 2)) < 0) {
                int open = indexWithin(text, '（', Math.max(from + 1, to - 10), to - 1);
                if (open > from && "。！？”".indexOf(text.charAt(open - 1)) >= 0) {
                    int end = to - 1;
                    if (text.charAt(end - 1) == '摄') {
                        end--; // the photographer's credit
                    }
                    addAll(spotter.splitNames(analyzed, open + 1, end), confirmed);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * A transliterated name right after a foreign country, with or without "的", as results and lists write them
     * ("澳大利亚托普、", "法国的埃斯波斯托和"): only when the run ends at punctuation or a conjunction.
     */
    private void confirmAfterCountries(AnalyzedText analyzed, Map<String, Set<String>> confirmed) {
        String text = analyzed.text();
        for (Token token : analyzed.tokens()) {
            if (!token.nature().equals("nsf")) {
                continue;
            }
            int at = token.end();
            if (at < text.length() && text.charAt(at) == '的') {
                at++;
            }
            NameSpan name = spotter.transliteratedRun(analyzed, at);
            if (name != null && name.end() - name.start() >= 2 && (Chars.isBreakAt(text, name.end())
                    || "和与及".indexOf(text.charAt(name.end())) >= 0)) {
                confirmed.computeIfAbsent(text.substring(name.start(), name.end()), k -> new LinkedHashSet<>());
            }
        }
    }

    /** The last offset of {@code c} in [from, to), or -1. */
    private static int indexWithin(String text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static void addAll(List<String> names, Map<String, Set<String>> confirmed) {
        for (String name : names) {
            confirmed.computeIfAbsent(name, k -> new LinkedHashSet<>());
        }
    }

    private List<String> listedNames(AnalyzedText analyzed, NameSpan first) {
        String text = analyzed.text();
        List<String> names = new ArrayList<>();
        NameSpan current = first;
        while (current != null) {
            String name = text.substring(current.start(), current.end());
            if (!spotter.plausibleName(name, false)) {
                return List.of();
            }
            names.add(name);
            if (current.end() < text.length() && text.charAt(current.end()) == '、') {
                current = spotter.nameAt(analyzed, current.end() + 1);
                if (current == null) {
                    return List.of();
                }
            } else {
                current = null;
            }
        }
        return names;
    }

    /**
     * Every mention of every confirmed name, scanning once and taking the longest name at each position, so that
     * "李佳" never claims part of a longer name. Names known from the metadata but not written stay as entities
     * without mention.
     */
    private List<Found> mentions(AnalyzedText analyzed, Map<String, Set<String>> confirmed, Set<String> fromMetadata) {
        String text = analyzed.text();
        PhraseIndex names = new PhraseIndex(confirmed.keySet());
        List<Found> found = new ArrayList<>();
        Set<String> mentioned = new java.util.HashSet<>();
        for (int at = 0; at < text.length(); ) {
            int length = names.longestStartingAt(text, at);
            if (length == 0 || analyzed.touchesSpam(at, at + length)) {
                at++;
                continue;
            }
            String name = text.substring(at, at + length);
            Found person = new Found(EntityType.PERSON, at, at + length, name);
            person.titles.addAll(confirmed.get(name));
            if (NameSpotter.isCredit(text, at + length)) {
                person.titles.add("摄影"); // the credit's role, kept as a title
            }
            found.add(person);
            mentioned.add(name);
            at += length;
        }
        for (String name : fromMetadata) {
            if (!mentioned.contains(name)) {
                Found person = new Found(EntityType.PERSON, -1, -1, name);
                person.titles.addAll(confirmed.get(name));
                found.add(person);
            }
        }
        return found;
    }
}
