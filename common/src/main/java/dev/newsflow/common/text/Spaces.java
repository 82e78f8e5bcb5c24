package dev.newsflow.common.text;

/**
 * {@link Character#isWhitespace(char)} and {@link Character#isSpaceChar(char)} answered without the Unicode tables
 * for the characters that fill real text: ASCII, Latin and Han are decided by range, and only the block from U+1680
 * (Ogham space) to U+3000 (ideographic space), where the other spaces live, asks the JDK. The tables cost a
 * multi-level lookup per character: on Chinese pages, one of cleaning's hottest frames.
 */
public final class Spaces {
    private static final char FIRST_WIDE_SPACE = '\u1680';
    private static final char LAST_WIDE_SPACE = '\u3000';

    private Spaces() {
    }

    /** Exactly {@link Character#isWhitespace(char)}: no-break spaces are not whitespace. */
    public static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001c';
        }
        return c >= FIRST_WIDE_SPACE && c <= LAST_WIDE_SPACE && Character.isWhitespace(c);
    }

    /** Whitespace or a Unicode space separator, no-break spaces included: what a reader sees as a space. */
    public static boolean isAnySpace(char c) {
        if (c <= ' ') {
            return isWhitespace(c);
        }
        if (c == '\u00a0') {
            return true;
        }
        return c >= FIRST_WIDE_SPACE && c <= LAST_WIDE_SPACE && (Character.isSpaceChar(c) || Character.isWhitespace(c));
    }
}
