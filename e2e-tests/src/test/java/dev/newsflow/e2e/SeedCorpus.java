package dev.newsflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/** The seed pages in the checkout's seeds/ and what the product must get right on them (seeds-expected.json). */
final class SeedCorpus {
    private SeedCorpus() {
    }

    static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("seeds");
    }

    static JsonNode expectations() {
        try {
            return Json.MAPPER.readTree(Files.readString(folder().resolve("seeds-expected.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comparison of seeds-expected.json: NFKC on both sides (which maps full-width punctuation to ASCII). Spaces are kept. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
