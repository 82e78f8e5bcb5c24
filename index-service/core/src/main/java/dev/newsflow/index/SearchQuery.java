package dev.newsflow.index;

import java.time.LocalDate;

/**
 * A search of the news index. Every filter is optional.
 *
 * @param text free text, matched as phrases in title and body and as words in the segmented text
 */
public record SearchQuery(String text, String person, String place, String organization, String source, String flag,
                          LocalDate from, LocalDate to, int size) {
    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, 10);
    }
}
