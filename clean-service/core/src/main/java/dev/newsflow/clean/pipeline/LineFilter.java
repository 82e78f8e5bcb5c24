package dev.newsflow.clean.pipeline;

import java.util.ArrayList;
import java.util.List;

/** A filter that rewrites each line on its own; an empty result drops the line. */
public abstract class LineFilter implements DocumentFilter {

    protected abstract String filter(String line, WorkingDocument doc);

    @Override
    public final void apply(WorkingDocument doc) {
        List<String> out = new ArrayList<>(doc.lines.size());
        for (String line : doc.lines) {
            String filtered = filter(line, doc);
            if (filtered != null && !filtered.isBlank()) {
                out.add(filtered);
            }
        }
        doc.lines = out;
    }
}
