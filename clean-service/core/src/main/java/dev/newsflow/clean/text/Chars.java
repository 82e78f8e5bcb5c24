package dev.newsflow.clean.text;

import dev.newsflow.common.text.HanText;
import dev.newsflow.common.text.Spaces;

/** Character classes the filters share. Full-width forms are written as escapes so they cannot be mistyped. */
public final class Chars {
    /** Chinese punctuation: ideographic, full-width and typographic quotes. */
    private static final String CJK_PUNCT = "\u3001\u3002\u201c\u201d\u2018\u2019\u300a\u300b\u3008\u3009"
            + "\u300c\u300d\u300e\u300f\u3010\u3011\u2026\u2014\u00b7\uff08\uff09\uff0c\uff1a\uff1b\uff01\uff1f";
    private static final String SENTENCE_END = "\u3002\uff01\uff1f!?;\uff1b\u2026\u201d\u300d";
    private static final String CLAUSE_PUNCT = ",.;:!?\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f";
    /** Punctuation inside sentences; colons are left out because label lines are full of them. */
    private static final String PROSE_PUNCT = ",.;!?\u3001\u3002\uff0c\uff1b\uff01\uff1f";

    private Chars() {
    }

    public static boolean isCjkPunct(char c) {
        return CJK_PUNCT.indexOf(c) >= 0;
    }

    public static boolean isSentenceEnd(char c) {
        return SENTENCE_END.indexOf(c) >= 0;
    }

    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean isOpenBracket(char c) {
        return c == '(' || c == '\uff08' || c == '[' || c == '\u3010' || c == '\u300a';
    }

    public static boolean isCloseBracket(char c) {
        return c == ')' || c == '\uff09' || c == ']' || c == '\u3011' || c == '\u300b';
    }

    public static int countAsciiLetters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isAsciiLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Clause punctuation in Chinese or English prose: a line without any is rarely body text. */
    public static int countClausePunct(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_PUNCT.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    public static int countProsePunct(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (PROSE_PUNCT.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Han or Chinese punctuation: the characters between which a space is a typesetting artefact. */
    public static boolean isCjk(char c) {
        return HanText.isHan(c) || isCjkPunct(c);
    }

    /** The length of {@code s.strip()}, without making the string. */
    public static int strippedLength(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Spaces.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Spaces.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    /** Han characters plus Latin words: a language-neutral length for thresholds. */
    public static int contentLength(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (HanText.isHan(c)) {
                n++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    n++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return n;
    }

    /**
     * Whether {@code s} holds one of {@code words} (lower case), ASCII letters compared case-insensitively as a
     * regex's {@code CASE_INSENSITIVE} compares them: a cheap test that a pattern needing one of these literals cannot
     * match, so the pattern is not run.
     */
    public static boolean containsAnyIgnoreCase(String s, String... words) {
        for (String w : words) {
            if (containsIgnoreAsciiCase(s, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreAsciiCase(String s, String lowerWord) {
        int n = lowerWord.length();
        char first = lowerWord.charAt(0);
        for (int i = 0, last = s.length() - n; i <= last; i++) {
            if (asciiLower(s.charAt(i)) != first) {
                continue;
            }
            int k = 1;
            while (k < n && asciiLower(s.charAt(i + k)) == lowerWord.charAt(k)) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Whether {@code s} holds one of {@code words} (exact). */
    public static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
