package dev.newsflow.clean.chain;

import dev.newsflow.clean.metadata.TitleSelector;
import dev.newsflow.clean.normalize.ScriptConverter;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.WorkingDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text filters' declared reads and writes: the data flow between them, the order check, the enforcement. */
class TextFiltersTest {

    /** For each default filter, the fields it reads that an earlier filter (not the input) wrote, and which one. */
    @Test
    void theDataFlowBetweenTheFiltersIsThis() {
        Map<DocumentField, String> lastWriter = new LinkedHashMap<>();
        List<String> flow = new ArrayList<>();
        for (DocumentFilter f : filters()) {
            for (DocumentField read : f.access().reads()) {
                if (!DocumentField.INPUTS.contains(read) && lastWriter.containsKey(read)) {
                    flow.add(f.getClass().getSimpleName() + " reads " + read + " from " + lastWriter.get(read));
                }
            }
            for (DocumentField w : f.access().writes()) {
                lastWriter.put(w, f.getClass().getSimpleName());
            }
        }
        assertEquals(List.of(
                "TitleSelector reads ORIGINAL_SCRIPT from ScriptConverter",
                "LeadSentenceTitle reads TITLE from TitleSelector"), flow);
    }

    @Test
    void aFilterBeforeWhatItReadsIsRefused() {
        // the title selector reads the original script, which only the script converter writes
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CleaningPipeline(List.of(new TitleSelector(), new ScriptConverter())));
        assertTrue(e.getMessage().contains("TitleSelector reads [ORIGINAL_SCRIPT]"), e.getMessage());
        new CleaningPipeline(List.of(new ScriptConverter(), new TitleSelector()));
    }

    @Test
    void anUndeclaredAccessFailsWhileTheFilterRuns() {
        DocumentFilter sneaky = new DocumentFilter() {
            @Override
            public void apply(WorkingDocument doc) {
                doc.setTitle(doc.lines().get(0));
            }

            @Override
            public DocumentAccess access() {
                return new DocumentAccess(EnumSet.of(DocumentField.LINES), Set.of());
            }
        };
        WorkingDocument doc = new WorkingDocument(List.of("标题"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CleaningPipeline(List.of(sneaky)).run(doc));
        assertTrue(e.getMessage().contains("writes TITLE but does not declare it"), e.getMessage());
        // outside a filter (the chain's own steps) the document is open
        doc.setTitle("标题");
        assertEquals("标题", doc.title());
    }

    /** pipeline/ is the filters' framework: it imports none of them (no package cycle between them). */
    @Test
    void thePipelinePackageImportsNoFilterPackage() throws IOException {
        Path dir = Path.of("src/main/java/dev/newsflow/clean/pipeline");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    assertTrue(!line.matches("import (static )?dev\\.newsflow\\.clean\\.(boilerplate|metadata|normalize|spam|content|chain)\\..*"),
                            file.getFileName() + ": " + line);
                }
            }
        }
    }

    private static List<DocumentFilter> filters() {
        return TextFilters.list();
    }
}
