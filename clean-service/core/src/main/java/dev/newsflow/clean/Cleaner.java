package dev.newsflow.clean;

import dev.newsflow.clean.content.HtmlExtraction;
import dev.newsflow.clean.content.HtmlExtractor;
import dev.newsflow.clean.decode.BodyDecoder;
import dev.newsflow.clean.decode.Decoded;
import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.clean.dedup.SimHash;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.quality.LanguageDetector;
import dev.newsflow.clean.quality.QualityScorer;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.DocIds;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Raw page in, article out: decode, find the article (HTML), run the {@link CleaningPipeline}, then fingerprint
 * and score. Build once ({@link #withDefaults()} loads every lexicon and dictionary); thread-safe afterwards.
 */
public final class Cleaner {
    /** Lines beyond this are not read: a news article is far shorter, a hostile page is not. */
    private static final int MAX_LINES = 20_000;
    private final BodyDecoder decoder = new BodyDecoder();
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final CleaningPipeline pipeline;
    private final DuplicateDetector duplicates;

    public Cleaner(CleaningPipeline pipeline, DuplicateDetector duplicates) {
        this.pipeline = pipeline;
        this.duplicates = duplicates;
    }

    /** Default rules and a process-local duplicate detector remembering the last 100,000 documents. */
    public static Cleaner withDefaults() {
        return new Cleaner(CleaningPipeline.withDefaults(), DuplicateDetector.inMemory(100_000));
    }

    /** Default rules with a duplicate detector of the caller's (e.g. backed by a store shared by replicas). */
    public static Cleaner withDuplicateDetector(DuplicateDetector duplicates) {
        return new Cleaner(CleaningPipeline.withDefaults(), duplicates);
    }

    /**
     * @throws CleanException when the body is empty, binary, or holds no article text
     */
    public CleanDocument clean(RawInput input) {
        if (input == null) {
            throw new CleanException("no input");
        }
        try {
            return cleanChecked(input);
        } catch (CleanException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug or a page beyond every limit: the caller still gets one clear failure, not a crash
            throw new CleanException("the page could not be cleaned (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }

    private CleanDocument cleanChecked(RawInput input) {
        Decoded decoded = decoder.decode(input.body(), input.contentType(), input.declaredCharset());
        WorkingDocument doc;
        if (decoded.html()) {
            HtmlExtraction extraction = extractor.extract(decoded.text(), input.url());
            doc = new WorkingDocument(capped(extraction.lines()));
            doc.hints = extraction.hints();
            doc.removed.addAll(extraction.removed());
            if (extraction.hints().markupTruncated()) {
                doc.flags.add(Flags.TRUNCATED);
            }
        } else {
            doc = new WorkingDocument(capped(Arrays.asList(decoded.text().split("\r\n|\r|\n"))));
        }
        if (decoded.truncated()) {
            doc.flags.add(Flags.TRUNCATED);
        }
        if ("detected".equals(decoded.evidence())) {
            doc.flags.add(Flags.CHARSET_GUESSED);
        }
        pipeline.run(doc);
        return toDocument(input, doc);
    }

    private static List<String> capped(List<String> lines) {
        return lines.size() > MAX_LINES ? new ArrayList<>(lines.subList(0, MAX_LINES)) : lines;
    }

    private CleanDocument toDocument(RawInput input, WorkingDocument doc) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : doc.lines) {
            String p = line.strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new CleanException("the page holds no article text");
        }
        CleanDocument out = new CleanDocument();
        out.url = input.url();
        out.docId = input.docId() != null ? input.docId() : docIdOf(input.url());
        out.host = hostOf(input.url());
        out.fetchedAt = input.fetchedAt();
        out.title = doc.title;
        out.subtitle = doc.subtitle;
        out.publishedAt = doc.publishedAt;
        out.source = doc.source;
        out.reporters = new ArrayList<>(doc.reporters);
        out.editors = new ArrayList<>(doc.editors);
        out.authors = new ArrayList<>(doc.authors);
        out.paragraphs = paragraphs;
        out.text = String.join("\n", paragraphs);
        out.language = LanguageDetector.detect(out.text);
        out.originalScript = "zh".equals(out.language) ? doc.originalScript : null;
        long simhash = SimHash.of(out.text);
        out.simhash = SimHash.hex(simhash);
        if (duplicates != null) {
            Optional<String> near = duplicates.check(out.docId, simhash, out.text.length());
            if (near.isPresent()) {
                out.duplicateOf = near.get();
                doc.flags.add(Flags.NEAR_DUPLICATE);
            }
        }
        out.flags = new ArrayList<>(doc.flags);
        out.quality = QualityScorer.score(paragraphs, doc.title, doc.flags);
        out.removed = new ArrayList<>(doc.removed);
        return out;
    }

    private static String docIdOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return DocIds.of(url);
        } catch (DocIds.InvalidUrlException e) {
            return null;
        }
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
