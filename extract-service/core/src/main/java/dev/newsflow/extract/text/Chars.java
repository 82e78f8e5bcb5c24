package dev.newsflow.extract.text;

/** Character classes used by the rules. */
public final class Chars {
    private static final String CLAUSE_BREAKS = "，,。.；;：:！!？?、“”\"‘’'（）()【】[]《》<>|\n\r\t ·…—";

    /** {@link #isBreak} for every char, computed once: the rules ask it for most characters of every text. */
    private static final java.util.BitSet BREAKS = new java.util.BitSet(Character.MAX_VALUE + 1);

    static {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (CLAUSE_BREAKS.indexOf(c) >= 0 || Character.isWhitespace((char) c) || c == '\u3000') {
                BREAKS.set(c);
            }
        }
    }

    private Chars() {
    }

    /** Punctuation, brackets, quotes or white space: a character no name runs across. */
    public static boolean isBreak(char c) {
        return BREAKS.get(c);
    }

    public static boolean isBreakAt(CharSequence text, int index) {
        return index < 0 || index >= text.length() || isBreak(text.charAt(index));
    }
}
