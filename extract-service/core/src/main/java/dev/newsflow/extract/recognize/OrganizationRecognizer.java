package dev.newsflow.extract.recognize;

import dev.newsflow.common.text.HanText;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.lexicon.PhraseIndex;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.text.Chars;
import dev.newsflow.extract.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Party, government, media and company bodies, by these rules:
 * <ol>
 *   <li>names from the lexicon ("党中央", "国务院联防联控机制") and names the dictionary tags as bodies ("腾讯");</li>
 *   <li>a scope word or a chain of places followed by a body ("省委", "市政府", "湖北省委", "江苏省苏州市昆山市委");</li>
 *   <li>a scope word or a chain of places, a short middle and a suffix ("省疫情防控工作领导小组", "晋中市传染病医院",
 *   "山西新华化工公司"); the middle holds no function word, no title and none of the words that belong to the
 *   sentence rather than to a name ("武汉部分医院");</li>
 *   <li>a proper noun opening a clause or a list, then a suffix ("东南大学", "复旦大学附属中山医院").</li>
 * </ol>
 */
public final class OrganizationRecognizer {
    private static final String MIDDLE_STOP_CHARS = "的和及与暨在对把将为是了等次并或向从由之";
    private static final String LIST_OPENERS = "、和与及从在同由对向";
    private static final int MAX_STANDALONE_MIDDLE = 6;
    /** Scope words that stand for the document's own province, city or county: "省委" names no body by itself. */
    private static final java.util.Set<String> LOCAL_SCOPES = java.util.Set.of("省", "市", "县", "区", "州", "乡", "镇", "自治区");

    private final PhraseIndex names = new PhraseIndex(LexiconFiles.lines("org-names.txt"));
    private final PhraseIndex scopes = new PhraseIndex(LexiconFiles.lines("org-scopes.txt"));
    private final PhraseIndex bodies = new PhraseIndex(LexiconFiles.lines("org-bodies.txt"));
    private final PhraseIndex titles = new PhraseIndex(LexiconFiles.lines("titles.txt"));
    private final PhraseIndex suffixes;
    private final Map<String, Integer> maxMiddle = new HashMap<>();
    private final PhraseIndex middleStopwords = new PhraseIndex(LexiconFiles.lines("org-middle-stopwords.txt"));

    public OrganizationRecognizer() {
        for (String line : LexiconFiles.lines("org-suffixes.txt")) {
            String[] fields = line.split("\t");
            maxMiddle.put(fields[0], Integer.parseInt(fields[1].strip()));
        }
        suffixes = new PhraseIndex(maxMiddle.keySet());
    }

    public List<Found> recognize(AnalyzedText analyzed, List<Found> places, List<String> knownNames) {
        String text = analyzed.text();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (int named : names.allStartingAt(text, i)) {
                if (analyzed.isAligned(i, i + named) || analyzed.isBoundary(i) && bodies.longestStartingAt(text, i + named) > 0) {
                    found.add(org(text, i, i + named));
                    addSubUnits(analyzed, i, i + named, found); // "国务院外办", "联合国安理会"
                }
            }
            int scope = scopes.longestStartingAt(text, i);
            if (scope > 0 && scopeStandsAlone(analyzed, i, scope)) {
                int before = found.size();
                addBodyAndSuffixed(analyzed, i, i + scope, found);
                if (LOCAL_SCOPES.contains(text.substring(i, i + scope))) {
                    found.subList(before, found.size()).forEach(org -> org.reference = true); // "省委", "市政府"
                }
            }
        }
        for (int i = 0; i < places.size(); i++) {
            Found place = places.get(i);
            int chainStart = place.start;
            for (int j = i - 1; j >= 0 && places.get(j).end == chainStart; j--) {
                chainStart = places.get(j).start;
            }
            addBodyAndSuffixed(analyzed, chainStart, place.end, found);
            for (int named : names.allStartingAt(text, place.end)) {
                if (analyzed.isBoundary(place.end + named)) {
                    found.add(org(text, chainStart, place.end + named)); // "英国外交部", "香港红十字会"
                }
            }
        }
        addDictionaryBodies(analyzed, found);
        addStandaloneSuffixed(analyzed, found);
        addAffiliated(analyzed, found);
        addKnownNames(text, knownNames, found);
        return found;
    }

    private void addKnownNames(String text, List<String> knownNames, List<Found> found) {
        for (String name : knownNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            boolean mentioned = false;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                found.add(org(text, at, at + name.length()));
                mentioned = true;
            }
            if (!mentioned) {
                // the source named only in the metadata: an entity without mention
                found.add(new Found(EntityType.ORGANIZATION, -1, -1, name.strip()));
            }
        }
    }

    /** The scope word is a word of its own or opens a longer word that a body completes ("省委", not "市场"). */
    private boolean scopeStandsAlone(AnalyzedText analyzed, int start, int scopeLength) {
        if (!analyzed.isBoundary(start)) {
            return false;
        }
        Token token = analyzed.tokenStartingAt(start);
        if (token == null || token.end() == start + scopeLength) {
            return true;
        }
        String text = analyzed.text();
        return bodies.longestStartingAt(text, start + scopeLength) >= token.end() - start - scopeLength
                || token.nature().startsWith("nt") || token.nature().equals("nis");
    }

    /** A unit written right after a named body: a body word, or a short middle and a suffix. */
    private void addSubUnits(AnalyzedText analyzed, int start, int afterName, List<Found> found) {
        String text = analyzed.text();
        for (int body : bodies.allStartingAt(text, afterName)) {
            if (analyzed.isBoundary(afterName + body)) {
                found.add(org(text, start, afterName + body));
            }
        }
        for (int end : suffixedEnds(analyzed, afterName, 8)) {
            found.add(org(text, start, end));
        }
    }

    private void addBodyAndSuffixed(AnalyzedText analyzed, int start, int afterPrefix, List<Found> found) {
        String text = analyzed.text();
        boolean longest = true;
        for (int body : bodies.allStartingAt(text, afterPrefix)) {
            int end = afterPrefix + body;
            boolean titleFollows = longest && titles.longestStartingAt(text, end) > 0; // "镇党委书记"
            longest = false;
            if (analyzed.isBoundary(end) || titleFollows) {
                found.add(org(text, start, end));
            }
        }
        for (int end : suffixedEnds(analyzed, afterPrefix, 20)) {
            found.add(org(text, start, end));
        }
    }

    /** Ends of every "middle + suffix" after the prefix; a suffix followed by another suffix only counts with it. */
    private List<Integer> suffixedEnds(AnalyzedText analyzed, int afterPrefix, int maxLength) {
        String text = analyzed.text();
        List<Integer> ends = new ArrayList<>();
        for (int j = afterPrefix; j < text.length() && j - afterPrefix <= maxLength; j++) {
            char c = text.charAt(j);
            if (Chars.isBreak(c) || !HanText.isHan(c)) {
                break;
            }
            int suffix = suffixes.longestStartingAt(text, j);
            boolean suffixHere = suffix > 0 && j - afterPrefix <= maxMiddle.get(text.substring(j, j + suffix))
                    && analyzed.isBoundary(j + suffix);
            if (!suffixHere && (titles.longestStartingAt(text, j) > 0 || analyzed.isBoundary(j) && isStopWordAt(analyzed, j))) {
                break;
            }
            if (suffixHere) {
                int end = j + suffix;
                for (int next = suffixes.longestStartingAt(text, end); next > 0; next = suffixes.longestStartingAt(text, end)) {
                    end += next;
                }
                ends.add(end);
                j = end - 1;
            }
        }
        return ends;
    }

    /** A function word, a title, or a sentence word ("部分") starts here: no name of a body runs across it. */
    private boolean isStopWordAt(AnalyzedText analyzed, int at) {
        String text = analyzed.text();
        if (middleStopwords.longestStartingAt(text, at) > 0) {
            return true;
        }
        Token token = analyzed.tokenStartingAt(at);
        if (token == null) {
            return false;
        }
        String nature = token.nature();
        return nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("u") || nature.startsWith("r")
                || token.word().length() == 1 && MIDDLE_STOP_CHARS.indexOf(token.word().charAt(0)) >= 0;
    }

    /** Words the dictionary tags as bodies ("腾讯"), except bare suffixes ("领导小组"). */
    private void addDictionaryBodies(AnalyzedText analyzed, List<Found> found) {
        for (Token token : analyzed.tokens()) {
            if (token.nature().startsWith("nt") && isMostlyABody(token.word()) && token.word().length() >= 2 && HanText.allHan(token.word())
                    && suffixes.longestStartingAt(token.word(), 0) != token.word().length()
                    && bodies.longestStartingAt(token.word(), 0) != token.word().length()) {
                found.add(org(analyzed.text(), token.start(), token.end()));
            }
        }
    }

    private static boolean isMostlyABody(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (attribute == null) {
            return true;
        }
        int body = 0;
        int other = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i].toString().startsWith("nt")) {
                body += attribute.frequency[i];
            } else {
                other += attribute.frequency[i];
            }
        }
        return body > other;
    }

    /** "南京大学、东南大学": a noun opening a clause or a list item, then a suffix. */
    private void addStandaloneSuffixed(AnalyzedText analyzed, List<Found> found) {
        String text = analyzed.text();
        for (Token token : analyzed.tokens()) {
            int start = token.start();
            boolean opens = start == 0 || Chars.isBreak(text.charAt(start - 1)) || LIST_OPENERS.indexOf(text.charAt(start - 1)) >= 0;
            if (!opens || !isNameLike(token) || suffixes.longestStartingAt(text, start) > 0) {
                continue;
            }
            for (int end : suffixedEnds(analyzed, start, MAX_STANDALONE_MIDDLE)) {
                if (nounsOnly(analyzed, start, end)) {
                    found.add(org(text, start, end));
                }
            }
        }
    }

    private static boolean isNameLike(Token token) {
        String nature = token.nature();
        return token.word().length() >= 2 && (nature.startsWith("nz") || nature.startsWith("ns") || nature.startsWith("nt")
                || nature.equals("n") || nature.equals("f") || nature.equals("j"));
    }

    private static boolean nounsOnly(AnalyzedText analyzed, int start, int end) {
        int first = analyzed.tokenIndexStartingAt(start);
        List<Token> tokens = first < 0 ? analyzed.tokens() : analyzed.tokens().subList(first, analyzed.tokens().size());
        for (Token token : tokens) {
            if (token.start() >= end) {
                break;
            }
            if (token.start() >= start && token.end() <= end && token.start() < end
                    && !(token.nature().startsWith("n") || token.nature().equals("f") || token.nature().equals("j")
                    || token.nature().equals("b") || token.nature().equals("m"))) {
                return false;
            }
        }
        return true;
    }

    /** "复旦大学附属中山医院": a body, "附属", and a suffixed name. */
    private void addAffiliated(AnalyzedText analyzed, List<Found> found) {
        String text = analyzed.text();
        List<Found> affiliated = new ArrayList<>();
        for (Found body : found) {
            if (body.start >= 0 && text.startsWith("附属", body.end)) {
                for (int end : suffixedEnds(analyzed, body.end + 2, 10)) {
                    affiliated.add(org(text, body.start, end));
                }
            }
        }
        found.addAll(affiliated);
    }

    private static Found org(String text, int start, int end) {
        return new Found(EntityType.ORGANIZATION, start, end, text.substring(start, end));
    }
}
