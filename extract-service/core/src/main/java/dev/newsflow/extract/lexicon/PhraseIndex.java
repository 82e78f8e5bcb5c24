package dev.newsflow.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * A set of phrases that answers "which phrases start (or end) at this position of a text" by walking a character
 * trie, forward for starts and over the reversed phrases for ends, without building substrings.
 */
public final class PhraseIndex {
    private final Node forward;
    private final Node backward;

    public PhraseIndex(Collection<String> phrases) {
        Builder forwardBuilder = new Builder();
        Builder backwardBuilder = new Builder();
        for (String phrase : phrases) {
            if (!phrase.isEmpty()) {
                forwardBuilder.add(phrase);
                backwardBuilder.add(new StringBuilder(phrase).reverse().toString());
            }
        }
        forward = forwardBuilder.build();
        backward = backwardBuilder.build();
    }

    public boolean contains(String phrase) {
        Node node = forward;
        for (int i = 0; i < phrase.length() && node != null; i++) {
            node = node.child(phrase.charAt(i));
        }
        return node != null && node.terminal;
    }

    /** Length of the longest phrase starting at {@code start}, or 0. */
    public int longestStartingAt(CharSequence text, int start) {
        int longest = 0;
        Node node = forward;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                longest = i - start + 1;
            }
        }
        return longest;
    }

    /** Lengths of all phrases starting at {@code start}, longest first. */
    public List<Integer> allStartingAt(CharSequence text, int start) {
        List<Integer> found = new ArrayList<>(2);
        Node node = forward;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                found.add(0, i - start + 1);
            }
        }
        return found;
    }

    /** Length of the longest phrase ending at {@code end} (exclusive), or 0. */
    public int longestEndingAt(CharSequence text, int end) {
        int longest = 0;
        Node node = backward;
        for (int i = end - 1; i >= 0; i--) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                longest = end - i;
            }
        }
        return longest;
    }

    private static final class Node {
        private final char[] keys;
        private final Node[] children;
        private final boolean terminal;

        private Node(char[] keys, Node[] children, boolean terminal) {
            this.keys = keys;
            this.children = children;
            this.terminal = terminal;
        }

        Node child(char c) {
            int index = Arrays.binarySearch(keys, c);
            return index < 0 ? null : children[index];
        }
    }

    private static final class Builder {
        private final TreeMap<Character, Builder> children = new TreeMap<>();
        private boolean terminal;

        void add(String phrase) {
            Builder node = this;
            for (int i = 0; i < phrase.length(); i++) {
                node = node.children.computeIfAbsent(phrase.charAt(i), c -> new Builder());
            }
            node.terminal = true;
        }

        Node build() {
            char[] keys = new char[children.size()];
            Node[] built = new Node[children.size()];
            int i = 0;
            for (var entry : children.entrySet()) {
                keys[i] = entry.getKey();
                built[i] = entry.getValue().build();
                i++;
            }
            return new Node(keys, built, terminal);
        }
    }
}
