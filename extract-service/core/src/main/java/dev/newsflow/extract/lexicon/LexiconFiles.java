package dev.newsflow.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the data files under {@code dev/newsflow/extract/lexicon/}: one entry a line, '#' starts a comment line. */
public final class LexiconFiles {
    private static final String ROOT = "/dev/newsflow/extract/lexicon/";

    private LexiconFiles() {
    }

    public static List<String> lines(String name) {
        InputStream in = LexiconFiles.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + ROOT + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    public static Set<String> set(String name) {
        return new LinkedHashSet<>(lines(name));
    }
}
