package dev.newsflow.common.lexicon;

import java.util.List;

/**
 * The spam vocabulary every stage uses (gambling, porn, SEO link farms), lower-case simplified Chinese:
 * <ul>
 *   <li>{@link #strong()}: terms that mark injected spam on their own ({@code spam-strong.txt});</li>
 *   <li>{@link #weak()}: terms that are spam only in company, and extend a span a strong term found
 *   ({@code spam-weak.txt});</li>
 *   <li>{@link #extenders()}: ordinary words that extend a spam span they touch but count for nothing on their own
 *   ("体育", "在线" in "90分钟足球网_bet36亚洲体育在线官网") ({@code spam-extenders.txt}).</li>
 * </ul>
 */
public final class SpamLexicon {
    private static final List<String> STRONG = WordLists.read("spam-strong.txt");
    private static final List<String> WEAK = WordLists.read("spam-weak.txt");
    private static final List<String> EXTENDERS = WordLists.read("spam-extenders.txt");

    private SpamLexicon() {
    }

    public static List<String> strong() {
        return STRONG;
    }

    public static List<String> weak() {
        return WEAK;
    }

    public static List<String> extenders() {
        return EXTENDERS;
    }
}
