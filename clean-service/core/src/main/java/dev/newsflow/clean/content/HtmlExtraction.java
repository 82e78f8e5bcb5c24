package dev.newsflow.clean.content;

import dev.newsflow.clean.pipeline.PageHints;

import java.util.List;

/** The lines of a page's article region in reading order, and what the markup says about the article. */
public record HtmlExtraction(List<String> lines, PageHints hints) {
}
