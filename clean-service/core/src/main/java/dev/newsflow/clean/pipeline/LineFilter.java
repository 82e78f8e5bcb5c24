package dev.newsflow.clean.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A filter that rewrites each line on its own; an empty result drops the line. It reads and writes the lines; a
 * subclass whose {@link #filter} uses more of the document declares that by overriding {@link #access}.
 */
public abstract class LineFilter implements DocumentFilter {
    private static final DocumentAccess LINES_ONLY = new DocumentAccess(EnumSet.of(DocumentField.LINES), EnumSet.of(DocumentField.LINES));

    protected abstract String filter(String line, WorkingDocument doc);

    @Override
    public final void apply(WorkingDocument doc) {
        List<String> lines = doc.lines();
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String filtered = filter(line, doc);
            if (filtered != null && !filtered.isBlank()) {
                out.add(filtered);
            }
        }
        doc.setLines(out);
    }

    /** The lines, read and rewritten; a subclass whose {@link #filter} uses more overrides this. */
    @Override
    public DocumentAccess access() {
        return LINES_ONLY;
    }
}
