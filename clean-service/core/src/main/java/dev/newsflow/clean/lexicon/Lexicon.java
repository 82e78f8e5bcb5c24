package dev.newsflow.clean.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private Lexicon(List<String> terms) {
        this.terms = List.copyOf(terms);
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
        InputStream in = Lexicon.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + BASE + name);
        }
        List<String> terms = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    terms.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(terms);
    }

    /**
     * The matching form of a text, of the same length so that positions carry over: full-width ASCII forms become
     * ASCII ({@code ：} to {@code :}), letters become lower case.
     */
    public static String key(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uff01' && c <= '\uff5e') {
                c = (char) (c - 0xfee0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }

    public List<String> terms() {
        return Collections.unmodifiableList(terms);
    }

    /** The longest term starting at {@code pos} of the lower-cased text, or null. */
    public String termAt(String lower, int pos) {
        for (String t : terms) {
            if (lower.startsWith(t, pos)) {
                return t;
            }
        }
        return null;
    }

    public boolean startsWithAny(String lower) {
        return termAt(lower, 0) != null;
    }

    public boolean containsAny(String lower) {
        for (String t : terms) {
            if (lower.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Number of occurrences of all terms in the lower-cased text (non-overlapping per term). */
    public int countHits(String lower) {
        int n = 0;
        for (String t : terms) {
            int from = 0;
            int i;
            while ((i = lower.indexOf(t, from)) >= 0) {
                n++;
                from = i + t.length();
            }
        }
        return n;
    }
}
