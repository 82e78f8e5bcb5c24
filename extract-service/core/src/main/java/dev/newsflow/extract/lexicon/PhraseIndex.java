package dev.newsflow.extract.lexicon;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of phrases that answers "which phrases end (or start) at this position" in a text quickly,
 * by trying only the lengths that occur in the set.
 */
public final class PhraseIndex {
    private final Set<String> phrases;
    private final int[] lengthsLongestFirst;

    public PhraseIndex(Collection<String> phrases) {
        this.phrases = new HashSet<>(phrases);
        this.lengthsLongestFirst = this.phrases.stream().mapToInt(String::length).distinct()
                .boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
    }

    public boolean contains(String phrase) {
        return phrases.contains(phrase);
    }

    /** Length of the longest phrase starting at {@code start}, or 0. */
    public int longestStartingAt(CharSequence text, int start) {
        for (int length : lengthsLongestFirst) {
            if (start + length <= text.length() && phrases.contains(text.subSequence(start, start + length).toString())) {
                return length;
            }
        }
        return 0;
    }

    /** Lengths of all phrases starting at {@code start}, longest first. */
    public java.util.List<Integer> allStartingAt(CharSequence text, int start) {
        java.util.List<Integer> found = new java.util.ArrayList<>(2);
        for (int length : lengthsLongestFirst) {
            if (start + length <= text.length() && phrases.contains(text.subSequence(start, start + length).toString())) {
                found.add(length);
            }
        }
        return found;
    }

    /** Length of the longest phrase ending at {@code end} (exclusive), or 0. */
    public int longestEndingAt(CharSequence text, int end) {
        for (int length : lengthsLongestFirst) {
            if (end - length >= 0 && phrases.contains(text.subSequence(end - length, end).toString())) {
                return length;
            }
        }
        return 0;
    }

    /** Length of the shortest phrase starting at {@code start}, or 0. */
    public int shortestStartingAt(CharSequence text, int start) {
        for (int i = lengthsLongestFirst.length - 1; i >= 0; i--) {
            int length = lengthsLongestFirst[i];
            if (start + length <= text.length() && phrases.contains(text.subSequence(start, start + length).toString())) {
                return length;
            }
        }
        return 0;
    }
}
