package dev.newsflow.clean.pipeline;

import dev.newsflow.contracts.RemovedSpan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.newsflow.clean.pipeline.DocumentField.AUTHORS;
import static dev.newsflow.clean.pipeline.DocumentField.EDITORS;
import static dev.newsflow.clean.pipeline.DocumentField.FLAGS;
import static dev.newsflow.clean.pipeline.DocumentField.HEAD_BLOCK;
import static dev.newsflow.clean.pipeline.DocumentField.HINTS;
import static dev.newsflow.clean.pipeline.DocumentField.LINES;
import static dev.newsflow.clean.pipeline.DocumentField.ORIGINAL_SCRIPT;
import static dev.newsflow.clean.pipeline.DocumentField.PUBLISHED_AT;
import static dev.newsflow.clean.pipeline.DocumentField.REMOVED;
import static dev.newsflow.clean.pipeline.DocumentField.REPORTERS;
import static dev.newsflow.clean.pipeline.DocumentField.SOURCE;
import static dev.newsflow.clean.pipeline.DocumentField.SUBTITLE;
import static dev.newsflow.clean.pipeline.DocumentField.TITLE;

/**
 * The article while it passes through the filters: its lines in reading order, what was learnt about it, what was
 * removed. Its state is private: a filter reads and writes it through the accessors, and while a filter runs
 * ({@link #run}) every access is checked against what that filter declared ({@link DocumentFilter#access()}). Nothing here is shared between documents.
 */
public final class WorkingDocument {
    /**
     * Audit entries kept per document; a hostile page could otherwise produce one per line. Internal, not a
     * setting: it bounds memory and message size per document, the audit is for reading, not for completeness.
     */
    public static final int MAX_REMOVED = 200;

    private List<String> lines;
    private PageHints hints = PageHints.NONE;
    private Set<String> headBlock = Set.of();
    private String title;
    private String subtitle;
    private OffsetDateTime publishedAt;
    private String source;
    private final List<String> reporters = new ArrayList<>();
    private final List<String> editors = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private String originalScript;
    private final Set<String> flags = new LinkedHashSet<>();
    private final List<RemovedSpan> removed = new ArrayList<>();
    /** The filter running now, whose declarations every access is checked against; null outside the filters. */
    private DocumentFilter running;

    public WorkingDocument(List<String> lines) {
        this.lines = new ArrayList<>(lines);
    }

    /** Runs one filter with its declared reads and writes enforced. */
    public void run(DocumentFilter filter) {
        DocumentFilter outer = running;
        running = filter;
        try {
            filter.apply(this);
        } finally {
            running = outer;
        }
    }

    private void read(DocumentField field) {
        if (running != null && !running.access().reads().contains(field)) {
            throw new IllegalStateException(running.getClass().getSimpleName() + " reads " + field + " but does not declare it");
        }
    }

    private void write(DocumentField field) {
        if (running != null && !running.access().writes().contains(field)) {
            throw new IllegalStateException(running.getClass().getSimpleName() + " writes " + field + " but does not declare it");
        }
    }

    /** The lines in reading order, read-only; change them with {@link #setLines} or {@link #setLine}. */
    public List<String> lines() {
        read(LINES);
        return Collections.unmodifiableList(lines);
    }

    public void setLines(List<String> newLines) {
        write(LINES);
        lines = new ArrayList<>(newLines);
    }

    public void setLine(int index, String line) {
        write(LINES);
        lines.set(index, line);
    }

    /** Metadata found outside the text (HTML head), used as hints; never null. */
    public PageHints hints() {
        read(HINTS);
        return hints;
    }

    public void setHints(PageHints newHints) {
        write(HINTS);
        hints = newHints == null ? PageHints.NONE : newHints;
    }

    /** Lines the extractor took from before the article element (the headline block); empty for plain text. */
    public Set<String> headBlock() {
        read(HEAD_BLOCK);
        return headBlock;
    }

    public void setHeadBlock(Set<String> block) {
        write(HEAD_BLOCK);
        headBlock = Set.copyOf(block);
    }

    public String title() {
        read(TITLE);
        return title;
    }

    public void setTitle(String value) {
        write(TITLE);
        title = value;
    }

    public String subtitle() {
        read(SUBTITLE);
        return subtitle;
    }

    public void setSubtitle(String value) {
        write(SUBTITLE);
        subtitle = value;
    }

    public OffsetDateTime publishedAt() {
        read(PUBLISHED_AT);
        return publishedAt;
    }

    public void setPublishedAt(OffsetDateTime value) {
        write(PUBLISHED_AT);
        publishedAt = value;
    }

    public String source() {
        read(SOURCE);
        return source;
    }

    public void setSource(String value) {
        write(SOURCE);
        source = value;
    }

    public List<String> reporters() {
        read(REPORTERS);
        return Collections.unmodifiableList(reporters);
    }

    /** The reporters list to add to (a filter that declares writing them). */
    public List<String> editableReporters() {
        write(REPORTERS);
        return reporters;
    }

    public List<String> editors() {
        read(EDITORS);
        return Collections.unmodifiableList(editors);
    }

    public List<String> editableEditors() {
        write(EDITORS);
        return editors;
    }

    public List<String> authors() {
        read(AUTHORS);
        return Collections.unmodifiableList(authors);
    }

    public List<String> editableAuthors() {
        write(AUTHORS);
        return authors;
    }

    public String originalScript() {
        read(ORIGINAL_SCRIPT);
        return originalScript;
    }

    public void setOriginalScript(String value) {
        write(ORIGINAL_SCRIPT);
        originalScript = value;
    }

    /** The flags so far, in the order raised, read-only. */
    public Set<String> flags() {
        read(FLAGS);
        return Collections.unmodifiableSet(flags);
    }

    /** Raises a flag ({@code dev.newsflow.clean.Flags}); raising it twice keeps one. */
    public void flag(String flag) {
        write(FLAGS);
        flags.add(flag);
    }

    /** The audit of removed spans, read-only. */
    public List<RemovedSpan> removed() {
        read(REMOVED);
        return Collections.unmodifiableList(removed);
    }

    /** Adds audit entries made elsewhere (the extractor's, already bounded there). */
    public void addRemoved(Collection<RemovedSpan> spans) {
        write(REMOVED);
        removed.addAll(spans);
    }

    public void remove(String kind, String text, String reason) {
        write(REMOVED);
        if (text != null && !text.isBlank() && removed.size() < MAX_REMOVED) {
            removed.add(new RemovedSpan(kind, text.length() > 500 ? text.substring(0, 500) + "…" : text, reason));
        }
    }

    public String joinedText(int maxChars) {
        read(LINES);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (sb.length() >= maxChars) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.length() > maxChars ? sb.substring(0, maxChars) : sb.toString();
    }
}
