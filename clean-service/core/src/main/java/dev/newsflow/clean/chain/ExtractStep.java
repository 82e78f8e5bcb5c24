package dev.newsflow.clean.chain;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.content.HtmlExtraction;
import dev.newsflow.clean.content.MainContent;
import dev.newsflow.clean.decode.Decoded;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.common.charset.CharsetSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Text to the article's lines: for HTML the main content ({@link MainContent}: DOM scorer, fallbacks when it is
 * weak) and the markup's metadata hints; for plain text its lines. At most {@value #MAX_LINES} lines are read.
 */
public final class ExtractStep implements Step<DecodedPage, ExtractedPage> {
    /**
     * A news article is far shorter; a hostile page is not. Deliberately internal, not a setting: it bounds the
     * work per document against hostile markup; the operator's lever on page size is the one body cap
     * ({@code newsflow.fetch.max-body-bytes}, common's {@code BodyLimit}).
     */
    static final int MAX_LINES = 20_000;
    private final MainContent mainContent;

    public ExtractStep(MainContent mainContent) {
        this.mainContent = mainContent;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public ExtractedPage apply(DecodedPage page) {
        Decoded decoded = page.decoded();
        WorkingDocument doc;
        if (decoded.html()) {
            HtmlExtraction extraction = mainContent.extract(decoded.text(), page.input().url());
            doc = new WorkingDocument(capped(extraction.lines()));
            doc.setHints(extraction.hints());
            doc.setHeadBlock(Set.copyOf(extraction.headBlock()));
            doc.addRemoved(extraction.removed());
            if (extraction.hints().markupTruncated()) {
                doc.flag(Flags.TRUNCATED);
            }
        } else {
            doc = new WorkingDocument(capped(Arrays.asList(decoded.text().split("\r\n|\r|\n"))));
        }
        if (decoded.truncated()) {
            doc.flag(Flags.TRUNCATED);
        }
        if (CharsetSource.DETECTED.label().equals(decoded.evidence())) {
            doc.flag(Flags.CHARSET_GUESSED);
        }
        return new ExtractedPage(page.input(), doc);
    }

    private static List<String> capped(List<String> lines) {
        return lines.size() > MAX_LINES ? new ArrayList<>(lines.subList(0, MAX_LINES)) : lines;
    }
}
