package dev.newsflow.clean.boilerplate;

import dev.newsflow.clean.lexicon.Lexicon;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.clean.text.Prose;

import java.util.ArrayList;
import java.util.EnumSet;

/**
 * Ends the article at the first short line, after the body began, that opens the page's tail
 * ({@code tail-markers.txt}: related articles, recommendations, comments); that line and everything after it go.
 */
public final class TailCutter implements DocumentFilter {
    /** What TailCutter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.REMOVED));

    private static final int MARKER_LINE = 20;
    private final Lexicon markers;

    public TailCutter(Lexicon markers) {
        this.markers = markers;
    }

    public static TailCutter withDefaults() {
        return new TailCutter(Lexicon.load("tail-markers.txt"));
    }

    @Override
    public void apply(WorkingDocument doc) {
        int body = Prose.firstProse(doc.lines());
        if (body < 0) {
            return;
        }
        for (int i = body + 1; i < doc.lines().size(); i++) {
            String line = doc.lines().get(i);
            if (Chars.contentLength(line) <= MARKER_LINE
                    && markers.startsWithAny(BoilerplateFilter.stripLead(Lexicon.key(line)))) {
                StringBuilder tail = new StringBuilder();
                for (int k = i; k < doc.lines().size(); k++) {
                    tail.append(doc.lines().get(k)).append('\n');
                }
                doc.remove("tail", tail.toString().strip(), "page tail after '" + line + "'");
                doc.setLines(new ArrayList<>(doc.lines().subList(0, i)));
                return;
            }
        }
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
