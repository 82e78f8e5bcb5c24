package dev.newsflow.common.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * THE reader of word lists, for every stage: a UTF-8 resource with one entry a line, surrounding blanks stripped,
 * empty lines and lines starting with '#' skipped. The shared lists live under {@code dev/newsflow/common/lexicon/};
 * a stage's own lists are read through {@link #read(Class, String)} from its own resources.
 */
public final class WordLists {
    private static final String ROOT = "/dev/newsflow/common/lexicon/";

    private WordLists() {
    }

    /** A shared list under {@code dev/newsflow/common/lexicon/}. */
    static List<String> read(String name) {
        return read(WordLists.class, ROOT + name);
    }

    /**
     * A list on the class path of {@code owner} (so that a module's resources are found by its own class loader).
     *
     * @param path the absolute resource path, e.g. {@code /dev/newsflow/clean/lexicon/spam.txt}
     * @return the entries in file order, unmodifiable
     * @throws IllegalStateException when the resource is missing
     */
    public static List<String> read(Class<?> owner, String path) {
        InputStream in = owner.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing word list " + path);
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
