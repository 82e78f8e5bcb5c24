package dev.newsflow.clean.normalize;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenCC's t2s with opencc4j's own tables (TSPhrases, then TSCharacters, first candidate), by forward longest
 * phrase match. Same output as {@code ZhConverterUtil.toSimple} (checked in the tests on the seeds and corpus),
 * several times faster: opencc4j segments the whole text through hash lookups of every prefix.
 */
final class TraditionalToSimplified {
    private static final Map<Character, List<String[]>> PHRASES_BY_FIRST = new HashMap<>();
    private static final char[] CHARACTERS = new char[0x10000];

    static {
        for (OpenccTable.Entry entry : OpenccTable.read("/data/dictionary/TSPhrases.txt")) {
            PHRASES_BY_FIRST.computeIfAbsent(entry.source().charAt(0), k -> new ArrayList<>())
                    .add(new String[]{entry.source(), entry.targets().get(0)});
        }
        PHRASES_BY_FIRST.values().forEach(l -> l.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed()));
        for (OpenccTable.Entry entry : OpenccTable.read("/data/dictionary/TSCharacters.txt")) {
            String first = entry.targets().get(0);
            if (entry.source().length() == 1 && first.length() == 1) {
                CHARACTERS[entry.source().charAt(0)] = first.charAt(0);
            }
        }
    }

    private TraditionalToSimplified() {
    }

    static String convert(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String[] phrase = phraseAt(text, i, c);
            if (phrase != null) {
                out.append(phrase[1]);
                i += phrase[0].length();
                continue;
            }
            char simple = CHARACTERS[c];
            out.append(simple != 0 ? simple : c);
            i++;
        }
        return out.toString();
    }

    private static String[] phraseAt(String text, int at, char first) {
        List<String[]> candidates = PHRASES_BY_FIRST.get(first);
        if (candidates == null) {
            return null;
        }
        for (String[] p : candidates) {
            if (text.startsWith(p[0], at)) {
                return p;
            }
        }
        return null;
    }
}
