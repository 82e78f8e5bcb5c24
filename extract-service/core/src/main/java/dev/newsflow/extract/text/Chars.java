package dev.newsflow.extract.text;

/** Character classes used by the rules. */
public final class Chars {
    private static final String CLAUSE_BREAKS = "，,。.；;：:！!？?、“”\"‘’'（）()【】[]《》<>|\n\r\t ·…—";

    private Chars() {
    }

    /** Punctuation, brackets, quotes or white space: a character no name runs across. */
    public static boolean isBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0 || Character.isWhitespace(c) || c == '\u3000';
    }

    public static boolean isBreakAt(CharSequence text, int index) {
        return index < 0 || index >= text.length() || isBreak(text.charAt(index));
    }
}
