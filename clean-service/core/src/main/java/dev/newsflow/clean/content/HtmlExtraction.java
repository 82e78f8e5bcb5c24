package dev.newsflow.clean.content;

import dev.newsflow.clean.pipeline.PageHints;
import dev.newsflow.contracts.RemovedSpan;

import java.util.List;

/**
 * The lines of a page's article region in reading order, what the markup says about the article, the text
 * of the page furniture that was pruned (for the audit), and which of the lines came from outside the article
 * element, from the headline block before it.
 */
public record HtmlExtraction(List<String> lines, PageHints hints, List<RemovedSpan> removed, List<String> headBlock) {
    public HtmlExtraction(List<String> lines, PageHints hints, List<RemovedSpan> removed) {
        this(lines, hints, removed, List.of());
    }
}
