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
        /** Nodes with this many children or more (the roots of large lists) look children up by character code. */
        private static final int DIRECT_FROM = 32;
        private final char[] keys;
        private final Node[] children;
        private final boolean terminal;
        /** For wide nodes: the child of character {@code first + k} at {@code direct[k]}; null otherwise. */
        private final char first;
        private final Node[] direct;

        private Node(char[] keys, Node[] children, boolean terminal) {
            this.keys = keys;
            this.children = children;
            this.terminal = terminal;
            if (keys.length >= DIRECT_FROM) {
                first = keys[0];
                direct = new Node[keys[keys.length - 1] - first + 1];
                for (int i = 0; i < keys.length; i++) {
                    direct[keys[i] - first] = children[i];
                }
            } else {
                first = 0;
                direct = null;
            }
        }

        Node child(char c) {
            if (direct != null) {
                int k = c - first;
                return k >= 0 && k < direct.length ? direct[k] : null;
            }
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
