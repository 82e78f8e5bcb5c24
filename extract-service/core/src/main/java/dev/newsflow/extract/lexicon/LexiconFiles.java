package dev.newsflow.extract.lexicon;

import dev.newsflow.common.lexicon.WordLists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the data files under {@code dev/newsflow/extract/lexicon/}: one entry a line, '#' starts a comment line. */
public final class LexiconFiles {
    private static final String ROOT = "/dev/newsflow/extract/lexicon/";

    private LexiconFiles() {
    }

    /** The entries of one file, in order, by the chain's one word-list reader ({@link WordLists}); a fresh list. */
    public static List<String> lines(String name) {
        return new ArrayList<>(WordLists.read(LexiconFiles.class, ROOT + name));
    }

    public static Set<String> set(String name) {
        return new LinkedHashSet<>(lines(name));
    }
}
