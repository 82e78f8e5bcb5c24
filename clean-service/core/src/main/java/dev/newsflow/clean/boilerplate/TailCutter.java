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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ends the article at the first short line, after the body began, that opens the page's tail
 * ({@code tail-markers.txt}: related articles, recommendations, comments), or that is, whole, a heading of the tail
 * in one of many languages ({@code tail-headings.txt}); that line and everything after it go,
 * unless more prose follows the marker than precedes it: then a heading ("Lesen Sie auch" over a box inside the
 * story) goes alone.
 */
public final class TailCutter implements DocumentFilter {
    /** What TailCutter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.REMOVED));

    private static final int MARKER_LINE = 20;
    private static final int MAX_HEADING_CHARS = 60;
    private final Lexicon markers;
    private final Set<String> headings;

    public TailCutter(Lexicon markers) {
        this(markers, Lexicon.of(List.of()));
    }

    /** @param headings whole-line headings of the tail in many languages ({@code tail-headings.txt}) */
    public TailCutter(Lexicon markers, Lexicon headings) {
        this.markers = markers;
        this.headings = new HashSet<>(headings.terms());
    }

    public static TailCutter withDefaults() {
        return new TailCutter(Lexicon.load("tail-markers.txt"), Lexicon.load("tail-headings.txt"));
    }

    /** Whether the line is one of the tail headings, whole (case, surrounding punctuation and spaces aside). */
    boolean isHeading(String line) {
        if (line.length() > MAX_HEADING_CHARS) {
            return false;
        }
        String key = BoilerplateFilter.wholeKey(line);
        return !key.isEmpty() && headings.contains(key);
    }

    @Override
    public void apply(WorkingDocument doc) {
        int body = Prose.firstProse(doc.lines());
        if (body < 0) {
            return;
        }
        List<String> lines = doc.lines();
        int[] prose = null; // counted on the first marker only: most pages have none
        List<Integer> inner = null; // headings of boxes inside the story ("Read also"), dropped alone
        int end = lines.size();
        for (int i = body + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean heading = isHeading(line);
            if (!heading && !(Chars.contentLength(line) <= MARKER_LINE
                    && markers.startsWithAny(BoilerplateFilter.stripLead(Lexicon.key(line))))) {
                continue;
            }
            if (prose == null) {
                prose = proseBefore(lines);
            }
            if (prose[lines.size()] - prose[i + 1] < prose[i]) {
                StringBuilder tail = new StringBuilder();
                for (int k = i; k < lines.size(); k++) {
                    tail.append(lines.get(k)).append('\n');
                }
                doc.remove("tail", tail.toString().strip(), "page tail after '" + line + "'");
                end = i;
                break;
            }
            if (heading) {
                doc.remove("boilerplate", line, "heading of a box inside the article");
                if (inner == null) {
                    inner = new ArrayList<>();
                }
                inner.add(i);
            }
        }
        if (end == lines.size() && inner == null) {
            return;
        }
        List<String> kept = new ArrayList<>(end);
        int next = 0;
        for (int i = 0; i < end; i++) {
            if (inner != null && next < inner.size() && inner.get(next) == i) {
                next++;
                continue;
            }
            kept.add(lines.get(i));
        }
        doc.setLines(kept);
    }

    /**
     * {@code [k]}: content units in the prose lines before line k, counted once per page. A marker with more prose
     * after it than before is an expander inside the article ("Read more" over the rest of the story), not the
     * start of the tail.
     */
    static int[] proseBefore(List<String> lines) {
        int[] before = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            before[i + 1] = before[i] + (Prose.isProse(line) ? Chars.contentLength(line) : 0);
        }
        return before;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
