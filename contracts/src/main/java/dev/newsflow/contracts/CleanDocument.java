package dev.newsflow.contracts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The article a reader sees, on topic {@code pages.clean}: headline, metadata and body in simplified Chinese,
 * with flags for what was wrong with the page and an audit of what was removed.
 */
public class CleanDocument implements Validated {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    public String docId;
    public String url;
    public String finalUrl;
    public String host;
    public String title;
    public String subtitle;
    public OffsetDateTime publishedAt;
    public OffsetDateTime fetchedAt;
    public String source;
    public List<String> reporters = new ArrayList<>();
    public List<String> editors = new ArrayList<>();
    public List<String> authors = new ArrayList<>();
    public String language;
    public String originalScript;
    /** Paragraphs joined by a newline. */
    public String text;
    public List<String> paragraphs = new ArrayList<>();
    public List<String> flags = new ArrayList<>();
    public double quality;
    public String simhash;
    public String duplicateOf;
    public List<RemovedSpan> removed = new ArrayList<>();

    @Override
    public void validate() {
        String type = getClass().getSimpleName();
        Validated.requireVersion(type, schemaVersion, SCHEMA_VERSION);
        Validated.require(type, docId != null && !docId.isBlank(), "docId");
        Validated.require(type, text != null, "text");
    }

    /** Copies every field of {@code other} into this document (used to build the enriched message). */
    protected void copyFrom(CleanDocument other) {
        schemaVersion = other.schemaVersion;
        docId = other.docId;
        url = other.url;
        finalUrl = other.finalUrl;
        host = other.host;
        title = other.title;
        subtitle = other.subtitle;
        publishedAt = other.publishedAt;
        fetchedAt = other.fetchedAt;
        source = other.source;
        reporters = other.reporters;
        editors = other.editors;
        authors = other.authors;
        language = other.language;
        originalScript = other.originalScript;
        text = other.text;
        paragraphs = other.paragraphs;
        flags = other.flags;
        quality = other.quality;
        simhash = other.simhash;
        duplicateOf = other.duplicateOf;
        removed = other.removed;
    }
}
