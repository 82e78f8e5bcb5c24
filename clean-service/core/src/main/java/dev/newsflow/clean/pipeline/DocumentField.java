package dev.newsflow.clean.pipeline;

/**
 * The parts of a {@link WorkingDocument} a filter may read or write, as Lucene's attributes: each
 * {@link DocumentFilter} declares the ones it uses, {@link CleaningPipeline} checks the order (what a filter reads
 * is an input or written by an earlier filter) and the document refuses an access its filter did not declare.
 */
public enum DocumentField {
    /** the article's lines in reading order */
    LINES,
    /** what the page markup says ({@link PageHints}) */
    HINTS,
    /** the lines the extractor took from before the article element */
    HEAD_BLOCK,
    TITLE,
    SUBTITLE,
    PUBLISHED_AT,
    SOURCE,
    REPORTERS,
    EDITORS,
    AUTHORS,
    /** zh-Hans or zh-Hant, as the text came */
    ORIGINAL_SCRIPT,
    /** the document's flags ({@code dev.newsflow.clean.Flags}) */
    FLAGS,
    /** the audit of removed spans */
    REMOVED;

    /** What the extract step gives the filters: lines, hints, head block, and the flags and audit it began. */
    public static final java.util.Set<DocumentField> INPUTS =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(LINES, HINTS, HEAD_BLOCK, FLAGS, REMOVED));
}
