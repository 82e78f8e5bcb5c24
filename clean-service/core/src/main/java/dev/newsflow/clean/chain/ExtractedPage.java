package dev.newsflow.clean.chain;

import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.pipeline.WorkingDocument;

/** Output of {@code extract} and of the text filters: the article's lines and what was learnt about them. */
public record ExtractedPage(RawInput input, WorkingDocument doc) {
}
