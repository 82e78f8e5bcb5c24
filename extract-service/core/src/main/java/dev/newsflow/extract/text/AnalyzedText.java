package dev.newsflow.extract.text;

import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.List;

/** A document's text with what every recognizer needs: its words, word boundaries, spam regions and publish time. */
public final class AnalyzedText {
    private final String text;
    private final List<Token> tokens;
    private final BitSet boundaries = new BitSet();
    private final BitSet spam;
    private final OffsetDateTime publishedAt;
    private final int[] tokenStartingAt;

    public AnalyzedText(String text, List<Token> tokens, BitSet spam, OffsetDateTime publishedAt) {
        this.text = text;
        this.tokens = tokens;
        this.spam = spam;
        this.publishedAt = publishedAt;
        boundaries.set(0);
        boundaries.set(text.length());
        tokenStartingAt = new int[text.length() + 1];
        java.util.Arrays.fill(tokenStartingAt, -1);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boundaries.set(token.start());
            boundaries.set(token.end());
            tokenStartingAt[token.start()] = i;
        }
    }

    /** The word starting at this offset, or null. */
    public Token tokenStartingAt(int offset) {
        int index = offset >= 0 && offset < tokenStartingAt.length ? tokenStartingAt[offset] : -1;
        return index < 0 ? null : tokens.get(index);
    }

    /** The index in {@link #tokens()} of the word starting at this offset, or -1. */
    public int tokenIndexStartingAt(int offset) {
        return offset >= 0 && offset < tokenStartingAt.length ? tokenStartingAt[offset] : -1;
    }

    /** The word ending at this offset, or null. */
    public Token tokenEndingAt(int offset) {
        for (int start = offset - 1; start >= 0 && start >= offset - 12; start--) {
            Token token = tokenStartingAt(start);
            if (token != null) {
                return token.end() == offset ? token : null;
            }
        }
        return null;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    /** True when a word of the segmentation starts or ends at this offset. */
    public boolean isBoundary(int offset) {
        return boundaries.get(offset);
    }

    /** True when no word of the segmentation runs across either end of [start, end). */
    public boolean isAligned(int start, int end) {
        return isBoundary(start) && isBoundary(end);
    }

    public boolean touchesSpam(int start, int end) {
        int next = spam.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
