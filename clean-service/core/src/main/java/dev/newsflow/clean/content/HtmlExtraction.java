package dev.newsflow.clean.content;

import dev.newsflow.clean.pipeline.PageHints;
import dev.newsflow.contracts.RemovedSpan;

import java.util.List;

/**
 * The lines of a page's article region in reading order, what the markup says about the article, and the text
 * of the page furniture that was pruned (for the audit).
 */
public record HtmlExtraction(List<String> lines, PageHints hints, List<RemovedSpan> removed) {
}
