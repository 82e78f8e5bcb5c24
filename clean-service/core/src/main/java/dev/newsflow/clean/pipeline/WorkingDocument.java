package dev.newsflow.clean.pipeline;

import dev.newsflow.contracts.RemovedSpan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The article while it passes through the filters: its lines in reading order, what was learnt about it,
 * what was removed. Each filter reads and edits it; nothing here is shared between documents.
 */
public final class WorkingDocument {
    /** Lines in reading order; filters replace, split or delete them. */
    public List<String> lines;
    /** Metadata found outside the text (HTML head), used as hints; never null. */
    public PageHints hints = PageHints.NONE;
    /** Lines the extractor took from before the article element (the headline block); empty for plain text. */
    public Set<String> headBlock = Set.of();

    public String title;
    public String subtitle;
    public OffsetDateTime publishedAt;
    public String source;
    public final List<String> reporters = new ArrayList<>();
    public final List<String> editors = new ArrayList<>();
    public final List<String> authors = new ArrayList<>();
    public String originalScript;
    public final Set<String> flags = new LinkedHashSet<>();
    public final List<RemovedSpan> removed = new ArrayList<>();

    public WorkingDocument(List<String> lines) {
        this.lines = new ArrayList<>(lines);
    }

    /** Audit entries kept per document; a hostile page could otherwise produce one per line. */
    public static final int MAX_REMOVED = 200;

    public void remove(String kind, String text, String reason) {
        if (text != null && !text.isBlank() && removed.size() < MAX_REMOVED) {
            removed.add(new RemovedSpan(kind, text.length() > 500 ? text.substring(0, 500) + "…" : text, reason));
        }
    }

    public String joinedText(int maxChars) {
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
