package dev.newsflow.clean.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A filter that rewrites each line on its own; an empty result drops the line. It reads and writes the lines; a
 * subclass whose {@link #filter} uses more of the document declares that by overriding {@link #reads}/{@link #writes}.
 */
public abstract class LineFilter implements DocumentFilter {

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

    @Override
    public Set<DocumentField> reads() {
        return EnumSet.of(DocumentField.LINES);
    }

    @Override
    public Set<DocumentField> writes() {
        return EnumSet.of(DocumentField.LINES);
    }
}
