package dev.newsflow.clean.chain;

import dev.newsflow.clean.CleanException;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.quality.LanguageDetector;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.DocIds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The filtered lines and metadata as a {@link CleanDocument}; a page left without any text is refused. */
public final class AssembleStep implements Step<ExtractedPage, CleanDocument> {
    @Override
    public String name() {
        return "assemble";
    }

    @Override
    public CleanDocument apply(ExtractedPage page) {
        RawInput input = page.input();
        WorkingDocument doc = page.doc();
        List<String> paragraphs = new ArrayList<>();
        for (String line : doc.lines()) {
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
        out.title = doc.title();
        out.subtitle = doc.subtitle();
        out.publishedAt = doc.publishedAt();
        out.source = doc.source();
        out.reporters = new ArrayList<>(doc.reporters());
        out.editors = new ArrayList<>(doc.editors());
        out.authors = new ArrayList<>(doc.authors());
        out.paragraphs = paragraphs;
        out.text = String.join("\n", paragraphs);
        out.language = LanguageDetector.detect(out.text);
        out.originalScript = "zh".equals(out.language) ? doc.originalScript() : null;
        out.flags = new ArrayList<>(doc.flags());
        out.removed = new ArrayList<>(doc.removed());
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
