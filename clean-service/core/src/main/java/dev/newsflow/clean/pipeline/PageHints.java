package dev.newsflow.clean.pipeline;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the page markup says about the article (title tag, og:title, h1, meta dates and authors).
 * Plain-text input has none.
 */
public record PageHints(List<String> titles, OffsetDateTime publishedAt, String source, List<String> authors,
                        boolean markupTruncated) {
    public static final PageHints NONE = new PageHints(List.of(), null, null, List.of(), false);
}
