package dev.newsflow.extract.recognize;

import dev.newsflow.common.text.HanText;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Names HanLP's statistical recognizers tag in the segmentation (nr/nrf person, ns place), as candidates that the
 * rules filter: a Chinese name needs a known surname and no function character in the given name; a place needs
 * the dictionary to know it mostly as a place.
 */
public final class StatisticalCandidates {
    private final NameSpotter spotter;

    StatisticalCandidates(NameSpotter spotter) {
        this.spotter = spotter;
    }

    /** Words tagged ns that are directions or generic words in news text ("西方", "两国"), not places. */
    private static final java.util.Set<String> NOT_PLACES = java.util.Set.copyOf(
            dev.newsflow.extract.lexicon.LexiconFiles.lines("statistical-place-stopwords.txt"));

    /** Countries, continents, regions, rivers, mountains and landmarks by name, with their type. */
    private static final java.util.Map<String, String> WORLD = new java.util.HashMap<>();
    private static final dev.newsflow.extract.lexicon.PhraseIndex WORLD_NAMES;

    static {
        for (String line : dev.newsflow.extract.lexicon.LexiconFiles.lines("world-places.tsv")) {
            String[] fields = line.split("\t");
            WORLD.put(fields[0].strip(), fields[1].strip());
        }
        WORLD_NAMES = new dev.newsflow.extract.lexicon.PhraseIndex(WORLD.keySet());
    }

    /**
     * The gazetteer's places plus the world places ("亚洲", "长江", "人民大会堂") and the words the dictionary tags
     * as places ("华盛顿") that overlap none of them, in text order. Level: the world place's type, "foreign" for
     * a word tagged as a foreign place, else "place".
     */
    public static List<Found> withPlaces(List<Found> gazetteerPlaces, AnalyzedText analyzed) {
        String text = analyzed.text();
        java.util.BitSet covered = new java.util.BitSet();
        gazetteerPlaces.forEach(place -> covered.set(place.start, place.end));
        List<Found> all = new ArrayList<>(gazetteerPlaces);
        for (int i = 0; i < text.length(); i++) {
            int length = WORLD_NAMES.longestStartingAt(text, i);
            if (length > 0 && analyzed.isAligned(i, i + length) && free(covered, i, i + length)
                    && !analyzed.touchesSpam(i, i + length)) {
                String name = text.substring(i, i + length);
                all.add(place(i, i + length, name, WORLD.get(name), covered));
                i += length - 1;
            }
        }
        for (Token token : analyzed.tokens()) {
            String word = token.word();
            if (token.nature().startsWith("ns") && word.length() >= 2 && HanText.allHan(word) && !NOT_PLACES.contains(word)
                    && free(covered, token.start(), token.end()) && !analyzed.touchesSpam(token.start(), token.end())) {
                all.add(place(token.start(), token.end(), word, token.nature().equals("nsf") ? "foreign" : "place", covered));
            }
        }
        all.sort(java.util.Comparator.comparingInt((Found f) -> f.start));
        return all;
    }

    private static boolean free(java.util.BitSet covered, int start, int end) {
        int next = covered.nextSetBit(start);
        return next < 0 || next >= end;
    }

    private static Found place(int start, int end, String name, String level, java.util.BitSet covered) {
        Found place = new Found(EntityType.PLACE, start, end, name);
        place.level = level;
        covered.set(start, end);
        return place;
    }

    /**
     * What precedes a tagged name must let a name start there: a break, a title, a place or body, a verb or a
     * preposition; not an adjective or a common noun ("精准/ad 施策" is no name).
     */
    private static boolean introduced(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).word().length() > 2) {
            return true;
        }
        String before = tokens.get(i - 1).nature();
        return before.startsWith("w") || before.equals("nnt") || before.startsWith("v") && !before.equals("vn")
                || before.startsWith("p") || before.startsWith("c") || before.startsWith("ns") || before.startsWith("nt")
                || before.equals("nis") || before.startsWith("nr") || before.startsWith("ude") || before.equals("m");
    }

    /** "江泽民李鹏乔石": names written one after another without separators, the last ending well. */
    private boolean startsNameRun(List<Token> tokens, int next) {
        return next < tokens.size() && tokens.get(next).nature().startsWith("nr")
                && spotter.plausibleChineseName(tokens.get(next).word());
    }

    /**
     * Candidate person names: the words the segmentation tags nr (Chinese) or nrf (transliterated). A Chinese name
     * ends where the name rules say when they read further than the tag ("叶钊/nr 颖/nz、" is 叶钊颖); a
     * transliterated name runs over the transliteration characters around the tag ("切/v 尔诺/nr 梅尔金/nr").
     */
    List<String> persons(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<String> found = new ArrayList<>();
        List<Token> tokens = analyzed.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String nature = token.nature();
            if (!nature.startsWith("nr")) {
                continue;
            }
            if (!introduced(tokens, i)) {
                continue;
            }
            NameSpotter.NameSpan span = spotter.nameAt(analyzed, token.start());
            if (span != null && span.end() >= token.end() && spotter.plausibleChineseName(text.substring(span.start(), span.end()))) {
                found.add(text.substring(span.start(), span.end()));
                continue;
            }
            if ((spotter.endsWell(text, token.end()) || startsNameRun(tokens, i + 1)) && spotter.plausibleChineseName(token.word())) {
                found.add(token.word());
                continue;
            }
            NameSpotter.NameSpan foreign = spotter.transliteratedAround(analyzed, i);
            if (foreign != null) {
                found.add(text.substring(foreign.start(), foreign.end()));
            }
        }
        return found;
    }
}
