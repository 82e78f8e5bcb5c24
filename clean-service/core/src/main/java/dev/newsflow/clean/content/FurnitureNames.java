package dev.newsflow.clean.content;

import java.util.Set;

/**
 * Whether a class name or id names page furniture: one of {@link #WORDS} as a whole word, i.e. starting the name or
 * after {@code -}, {@code _} or whitespace, and ending it or followed by {@code -}, {@code _}, whitespace or a
 * digit ({@code nav}, {@code share-bar}, {@code ad2}, {@code top-bar}; not {@code navigate}, {@code header}),
 * ASCII letters compared case-insensitively. The same as matching {@code (?i)(?:^|[-_\s])(?:WORD|...)(?:$|[-_\s\d])}
 * (that pattern is the test's reference), in one scan without backtracking over the word alternatives.
 */
final class FurnitureNames {
    /** Furniture words, also the pinyin names Chinese sites use; lower case, ASCII letters and at most one '-'. */
    static final Set<String> WORDS = Set.of("nav", "navbar", "menu", "footer", "foot", "breadcrumb", "breadcrumbs",
            "crumb", "crumbs", "share", "sharing", "bdshare", "sharedaddy", "addthis", "sharethis", "social", "comment",
            "comments", "related", "recommend", "sidebar", "side", "aside", "ad", "adv", "ads", "advert", "banner",
            "copyright", "toolbar", "pagination", "pager", "hot", "rank", "login", "search", "widget", "subscribe",
            "qrcode", "ewm", "friendlink", "friendlinks", "links", "topbar", "top-bar", "popup", "modal", "fenxiang",
            "xiangguan", "xgwz", "xgxw", "tuijian", "pinglun", "daohang", "weizhi", "banquan", "dibu", "gotop");

    /**
     * Words naming furniture that is small where it is furniture (a caption, a photo credit, an author box, a
     * disclosure), but that some sites also give a wrapper: such an element is furniture only when it holds little
     * text ({@link #SMALL_FURNITURE_CHARS}).
     */
    static final Set<String> SMALL_WORDS = Set.of("caption", "credit", "credits", "bio", "author", "authorbox",
            "disclosure", "disclaimer", "postmetadata", "newsletter");
    /** An element named by one of {@link #SMALL_WORDS} is furniture when it holds fewer characters of text. */
    static final int SMALL_FURNITURE_CHARS = 500;

    private FurnitureNames() {
    }

    static boolean names(String s) {
        return names(s, WORDS);
    }

    /** Whether the class name or id holds one of {@link #SMALL_WORDS}, as {@link #names(String)} does its words. */
    static boolean namesSmall(String s) {
        return names(s, SMALL_WORDS);
    }

    private static boolean names(String s, Set<String> words) {
        int n = s.length();
        for (int start = 0; start < n; start++) {
            if (start > 0 && !isSeparator(s.charAt(start - 1))) {
                continue;
            }
            int end = start;
            while (end < n && isAsciiLetter(s.charAt(end))) {
                end++;
            }
            if (end == start) {
                continue;
            }
            String word = s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (words.contains(word) && endsWord(s, end)) {
                return true;
            }
            // the one word with a hyphen inside
            if (words == WORDS && word.equals("top") && end + 4 <= n && s.charAt(end) == '-' && s.regionMatches(true, end + 1, "bar", 0, 3)
                    && endsWord(s, end + 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWord(String s, int i) {
        if (i == s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return isSeparator(c) || (c >= '0' && c <= '9');
    }

    /** {@code -}, {@code _} or a regex {@code \s}. */
    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
