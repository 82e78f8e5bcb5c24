package dev.newsflow.clean.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The one way the clean core parses a page's markup. */
public final class Markup {
    /**
     * Longer tag names are cut with a space: jsoup lower-cases a tag name again on every chunk it appends, so a
     * multi-megabyte run after {@code <} or {@code </} (hostile or truncated markup) costs seconds; no real tag
     * name comes near this length.
     */
    static final int MAX_TAG_NAME = 128;

    private Markup() {
    }

    public static Document parse(String html, String baseUrl) {
        return Jsoup.parse(withShortTagNames(html), baseUrl == null ? "" : baseUrl);
    }

    static String withShortTagNames(String html) {
        StringBuilder out = null;
        int copied = 0;
        int n = html.length();
        for (int i = html.indexOf('<'); i >= 0 && i < n; i = html.indexOf('<', i + 1)) {
            int start = i + 1 < n && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
            if (start >= n || !Character.isLetter(html.charAt(start))) {
                continue;
            }
            int end = start;
            while (end < n && !endsTagName(html.charAt(end))) {
                end++;
            }
            if (end - start > MAX_TAG_NAME) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(html, copied, start + MAX_TAG_NAME).append(' ');
                copied = start + MAX_TAG_NAME;
            }
            i = end - 1;
        }
        return out == null ? html : out.append(html, copied, n).toString();
    }

    private static boolean endsTagName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>' || c == '<';
    }
}
