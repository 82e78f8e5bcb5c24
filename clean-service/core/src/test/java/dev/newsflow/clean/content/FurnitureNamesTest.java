package dev.newsflow.clean.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FurnitureNamesTest {
    /** The pattern the scanner replaced, kept here as its reference. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|share|sharing|bdshare|sharedaddy|addthis|sharethis|social|comments?|"
                    + "related|recommend|sidebar|side|aside|adv?|ads|advert|banner|copyright|toolbar|pagination|pager|"
                    + "hot|rank|login|search|widget|subscribe|qrcode|ewm|friendlinks?|links|topbar|top-bar|toolbar|popup|modal|"
                    + "fenxiang|xiangguan|xgwz|xgxw|tuijian|pinglun|daohang|weizhi|banquan|dibu|gotop)(?:$|[-_\\s\\d])");

    @Test
    void wholeWordsOnly() {
        for (String yes : List.of("nav", "main-nav", "NAV_top", "ad2", "share bar", "top-bar", "x top-BAR-y", "footer\tz",
                "bdshare_box", "weizhi", "hot9news")) {
            assertTrue(FurnitureNames.names(yes), yes);
        }
        for (String no : List.of("", " ", "navigate", "header", "adhesive", "top-barn", "topxbar", "mainnav", "nav.x",
                "navé", "article", "2ad")) {
            assertFalse(FurnitureNames.names(no), no);
        }
    }

    @Test
    void smallFurnitureWordsAreWholeWordsToo() {
        for (String yes : List.of("wp-caption", "figure__caption", "photo-credit", "author-bio", "mh-author-box", "credits")) {
            assertTrue(FurnitureNames.namesSmall(yes), yes);
        }
        for (String no : List.of("captioned", "authority", "biography", "creditcard", "nav")) {
            assertFalse(FurnitureNames.namesSmall(no), no);
        }
    }

    @Test
    void sameAsTheReferencePatternOnRandomNames() {
        String[] parts = {"nav", "NavBar", "ad", "ads", "adv", "top", "-", "_", " ", "\t", "bar", "2", "x", "é", "k",
                "share", "comment", "s", "foot", "er", "related", ".", "Top-Bar", "link", "links", "\u212A", "side"};
        Random random = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            String s = name.toString();
            assertEquals(REFERENCE.matcher(s).find(), FurnitureNames.names(s), () -> "'" + s + "'");
        }
        for (String word : FurnitureNames.WORDS) {
            assertTrue(REFERENCE.matcher(word).find(), word);
        }
    }
}
