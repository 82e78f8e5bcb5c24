package dev.newsflow.clean.lexicon;

import dev.newsflow.common.lexicon.WordLists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A word list from {@code src/main/resources/dev/newsflow/clean/lexicon}: one term a line, {@code #} comments.
 * Terms are in {@link #key} form and written in simplified Chinese, because filters match after script conversion.
 */
public final class Lexicon {
    private static final String BASE = "/dev/newsflow/clean/lexicon/";
    private final List<String> terms;
    /** First characters of the terms: positions starting with another character are skipped at once. */
    private final java.util.BitSet firstChars = new java.util.BitSet(0x10000);
    /** The terms by their first character, longest first: a position is compared with its own terms only. */
    private final java.util.Map<Character, String[]> byFirst = new java.util.HashMap<>();

    private Lexicon(List<String> terms) {
        this.terms = List.copyOf(terms);
        java.util.Map<Character, List<String>> buckets = new java.util.HashMap<>();
        for (String t : terms) {
            if (!t.isEmpty()) {
                firstChars.set(t.charAt(0));
                buckets.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
            }
        }
        buckets.forEach((c, list) -> byFirst.put(c, list.toArray(String[]::new)));
    }

    public static Lexicon of(List<String> terms) {
        List<String> lower = new ArrayList<>();
        for (String t : terms) {
            lower.add(key(t));
        }
        lower.sort((a, b) -> b.length() - a.length());
        return new Lexicon(lower);
    }

    public static Lexicon load(String name) {
        return of(WordLists.read(Lexicon.class, BASE + name));
    }

    /**
     * The matching form of a text, of the same length so that positions carry over: full-width ASCII forms become
     * ASCII ({@code ：} to {@code :}), letters become lower case.
     */
    public static String key(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char k = keyChar(c);
            if (k != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = k;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char keyChar(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= '\u3400' && c <= '\u9fff') { // CJK ideographs and hexagrams: no case (most of a Chinese text)
            return c;
        }
        if (c >= '\uff01' && c <= '\uff5e') {
            c = (char) (c - 0xfee0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }

    public List<String> terms() {
        return Collections.unmodifiableList(terms);
    }

    /** The longest term starting at {@code pos} of the lower-cased text, or null. */
    public String termAt(String lower, int pos) {
        if (pos >= lower.length() || !firstChars.get(lower.charAt(pos))) {
            return null;
        }
        for (String t : byFirst.get(lower.charAt(pos))) {
            if (lower.startsWith(t, pos)) {
                return t;
            }
        }
        return null;
    }

    public boolean startsWithAny(String lower) {
        return termAt(lower, 0) != null;
    }

    /**
     * Whether a term occurs in the text. A term is not looked for inside a run of ASCII letters and digits: in
     * {@code unsubscribe} there is no {@code subscribe} (Chinese text and {@code 京ICP备} are searched at every
     * character).
     */
    public boolean containsAny(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (i > 0 && isAsciiAlnum(c) && isAsciiAlnum(lower.charAt(i - 1))) {
                continue;
            }
            if (firstChars.get(c) && termAt(lower, i) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /** Number of term occurrences in the text, longest match first, without overlaps. */
    public int countHits(String lower) {
        int n = 0;
        int i = 0;
        while (i < lower.length()) {
            String t = firstChars.get(lower.charAt(i)) ? termAt(lower, i) : null;
            if (t == null) {
                i++;
            } else {
                n++;
                i += t.length();
            }
        }
        return n;
    }
}
