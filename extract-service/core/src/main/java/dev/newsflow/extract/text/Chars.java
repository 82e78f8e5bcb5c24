package dev.newsflow.extract.text;

/** Character classes used by the rules. */
public final class Chars {
    private static final String CLAUSE_BREAKS = "，,。.；;：:！!？?、“”\"‘’'（）()【】[]《》<>|\n\r\t ·…—";

    private Chars() {
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Punctuation, brackets, quotes or white space: a character no name runs across. */
    public static boolean isBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0 || Character.isWhitespace(c) || c == '\u3000';
    }

    public static boolean isBreakAt(CharSequence text, int index) {
        return index < 0 || index >= text.length() || isBreak(text.charAt(index));
    }

    public static boolean allHan(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isHan(text.charAt(i))) {
                return false;
            }
        }
        return text.length() > 0;
    }
}
