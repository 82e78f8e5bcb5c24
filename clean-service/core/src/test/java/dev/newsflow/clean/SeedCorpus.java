package dev.newsflow.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.CleanDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed pages and what seeds-expected.json says the clean stage must get right on each, compared as the
 * corpus prescribes: NFKC on both sides (full-width and ASCII punctuation equal), spaces kept.
 */
final class SeedCorpus {
    static final Path DIR = Path.of("../../seeds");
    private static final JsonNode EXPECTED = readExpected();

    private SeedCorpus() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        Iterator<String> it = EXPECTED.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfkc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    static String expectedScript(String name) {
        JsonNode e = EXPECTED.get(name);
        return e != null && e.has("input_script") ? e.get("input_script").asText() : null;
    }

    /** Asserts every clean-stage field the corpus states for this seed. */
    static void assertMeetsExpectations(String name, CleanDocument doc) {
        JsonNode e = EXPECTED.get(name);
        String text = nfkc(doc.text);
        String everything = text + "\n" + nfkc(String.valueOf(doc.title)) + "\n" + nfkc(String.valueOf(doc.subtitle));
        if (e.has("title")) {
            assertEquals(nfkc(e.get("title").asText()), nfkc(doc.title), name + ": title");
            assertFalse(doc.flags.contains(Flags.TITLE_DERIVED), name + ": a headline was there, none derived");
        } else {
            assertTrue(doc.title != null && doc.title.length() >= 8, name + ": a derived title, got " + doc.title);
            assertTrue(doc.flags.contains(Flags.TITLE_DERIVED), name + ": title_derived in " + doc.flags);
            assertTrue(text.contains(nfkc(doc.title)), name + ": the derived title comes from the text: " + doc.title);
        }
        if (e.has("published_at")) {
            assertNotNull(doc.publishedAt, name + ": published_at");
            OffsetDateTime expected = OffsetDateTime.parse(e.get("published_at").asText());
            assertTrue(expected.isEqual(doc.publishedAt), name + ": published_at " + doc.publishedAt);
            assertEquals(expected.getOffset(), doc.publishedAt.getOffset(), name + ": published_at offset");
        }
        if (e.has("source")) {
            assertEquals(nfkc(e.get("source").asText()), nfkc(doc.source), name + ": source");
        }
        for (Map.Entry<String, List<String>> names : Map.of("reporters", doc.reporters, "editors", doc.editors).entrySet()) {
            if (e.has(names.getKey())) {
                List<String> expected = new ArrayList<>();
                e.get(names.getKey()).forEach(n -> expected.add(nfkc(n.asText())));
                List<String> actual = names.getValue().stream().map(SeedCorpus::nfkc).toList();
                assertEquals(expected, actual, name + ": " + names.getKey());
            }
        }
        if (e.has("must_contain")) {
            for (JsonNode s : e.get("must_contain")) {
                assertTrue(text.contains(nfkc(s.asText())), name + ": text must contain «" + s.asText() + "»");
            }
        }
        if (e.has("must_not_contain")) {
            for (JsonNode s : e.get("must_not_contain")) {
                assertFalse(everything.contains(nfkc(s.asText())), name + ": output must not contain «" + s.asText() + "»");
            }
        }
        if (e.has("spam_injected")) {
            assertEquals(e.get("spam_injected").asBoolean(), doc.flags.contains(Flags.SPAM_INJECTED), name + ": spam_injected");
        }
        if (e.has("template_placeholders")) {
            assertEquals(e.get("template_placeholders").asBoolean(), doc.flags.contains(Flags.TEMPLATE_PLACEHOLDERS),
                    name + ": template_placeholders");
        }
        if (e.has("input_script")) {
            assertEquals(e.get("input_script").asText(), doc.originalScript, name + ": input_script");
        }
    }

    private static JsonNode readExpected() {
        try {
            return new ObjectMapper().readTree(DIR.resolve("seeds-expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
