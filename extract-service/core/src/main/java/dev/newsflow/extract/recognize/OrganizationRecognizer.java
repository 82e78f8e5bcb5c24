package dev.newsflow.extract.recognize;

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
 * Party, government, media and company bodies, by three rules:
 * <ol>
 *   <li>names from the lexicon ("党中央", "国务院联防联控机制");</li>
 *   <li>a scope word or a place followed by a body ("省委", "市政府", "湖北省委", "市卫健委");</li>
 *   <li>a scope word or a place, a short middle and a suffix ("省疫情防控工作领导小组", "晋中市传染病医院",
 *   "山西新华化工公司", "山西日报"); the middle holds no function word and none of the words that belong to the
 *   sentence rather than to a name ("武汉部分医院").</li>
 * </ol>
 */
public final class OrganizationRecognizer {
    private static final String MIDDLE_STOP_CHARS = "的和及与暨在对把将为是了等次并或向从由之";

    private final PhraseIndex names = new PhraseIndex(LexiconFiles.lines("org-names.txt"));
    private final PhraseIndex scopes = new PhraseIndex(LexiconFiles.lines("org-scopes.txt"));
    private final PhraseIndex bodies = new PhraseIndex(LexiconFiles.lines("org-bodies.txt"));
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
                if (analyzed.isAligned(i, i + named)) {
                    found.add(org(text, i, i + named));
                }
            }
            int scope = scopes.longestStartingAt(text, i);
            if (scope > 0 && scopeStandsAlone(analyzed, i, scope)) {
                addBodyAndSuffixed(analyzed, i, i + scope, found);
            }
        }
        for (Found place : places) {
            addBodyAndSuffixed(analyzed, place.start, place.end, found);
        }
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
        return found;
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

    private void addBodyAndSuffixed(AnalyzedText analyzed, int start, int afterPrefix, List<Found> found) {
        String text = analyzed.text();
        int body = bodies.longestStartingAt(text, afterPrefix);
        if (body > 0) {
            found.add(org(text, start, afterPrefix + body));
        }
        int suffixed = suffixedEnd(analyzed, afterPrefix);
        if (suffixed > 0) {
            found.add(org(text, start, suffixed));
        }
    }

    /** End of the nearest "middle + suffix" after the prefix, or 0. */
    private int suffixedEnd(AnalyzedText analyzed, int afterPrefix) {
        String text = analyzed.text();
        for (int j = afterPrefix; j < text.length() && j - afterPrefix <= 20; j++) {
            char c = text.charAt(j);
            if (Chars.isBreak(c) || !Chars.isHan(c) || analyzed.isBoundary(j) && isStopWordAt(analyzed, j)) {
                return 0;
            }
            int suffix = suffixes.longestStartingAt(text, j);
            if (suffix > 0 && j - afterPrefix <= maxMiddle.get(text.substring(j, j + suffix))
                    && analyzed.isBoundary(j + suffix)) {
                return j + suffix;
            }
        }
        return 0;
    }

    /** A function word (preposition, conjunction, particle, pronoun) or a sentence word ("部分") starts here. */
    private boolean isStopWordAt(AnalyzedText analyzed, int at) {
        if (middleStopwords.longestStartingAt(analyzed.text(), at) > 0) {
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

    private static Found org(String text, int start, int end) {
        return new Found(EntityType.ORGANIZATION, start, end, text.substring(start, end));
    }
}
