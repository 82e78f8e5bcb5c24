package dev.newsflow.common.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared word lists under {@code dev/newsflow/common/lexicon/}: one entry a line, '#' starts a comment. */
final class WordLists {
    private static final String ROOT = "/dev/newsflow/common/lexicon/";

    private WordLists() {
    }

    static List<String> read(String name) {
        InputStream in = WordLists.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("missing word list " + ROOT + name);
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
