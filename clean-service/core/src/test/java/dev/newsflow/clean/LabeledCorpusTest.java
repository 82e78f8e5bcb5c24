package dev.newsflow.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.CleanDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-labeled pages unlike the seeds (table layouts, br-separated text, Big5 Taiwan news, English, hidden and
 * inline spam, fill-in templates): {@code src/test/resources/corpus/NAME.html} with {@code NAME.expected.json}.
 * Add a page by adding the two files.
 */
class LabeledCorpusTest {
    private static final Path DIR = Path.of("src/test/resources/corpus");
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageMeetsItsLabels(String expectedFile) throws IOException {
        JsonNode e = new ObjectMapper().readTree(DIR.resolve(expectedFile).toFile());
        byte[] body = Files.readAllBytes(DIR.resolve(e.get("file").asText()));
        CleanDocument doc = CLEANER.clean(new RawInput(null, "http://example.org/" + e.get("file").asText(), body,
                e.get("content_type").asText(), null, null));
        String name = e.get("file").asText();
        if (e.has("title")) {
            assertEquals(e.get("title").asText(), doc.title, name + ": title");
        }
        if (e.has("published_at")) {
            assertEquals(OffsetDateTime.parse(e.get("published_at").asText()), doc.publishedAt, name + ": published_at");
        }
        if (e.has("source")) {
            assertEquals(e.get("source").asText(), doc.source, name + ": source");
        }
        for (String field : List.of("reporters", "editors", "authors")) {
            if (e.has(field)) {
                List<String> expected = new ArrayList<>();
                e.get(field).forEach(n -> expected.add(n.asText()));
                List<String> actual = switch (field) {
                    case "reporters" -> doc.reporters;
                    case "editors" -> doc.editors;
                    default -> doc.authors;
                };
                assertEquals(expected, actual, name + ": " + field);
            }
        }
        if (e.has("language")) {
            assertEquals(e.get("language").asText(), doc.language, name + ": language");
        }
        if (e.has("original_script")) {
            assertEquals(e.get("original_script").asText(), doc.originalScript, name + ": original_script");
        }
        if (e.has("paragraphs")) {
            assertEquals(e.get("paragraphs").asInt(), doc.paragraphs.size(), name + ": paragraphs " + doc.paragraphs);
        }
        for (JsonNode flag : e.path("flags_present")) {
            assertTrue(doc.flags.contains(flag.asText()), name + ": flag " + flag.asText() + " in " + doc.flags);
        }
        for (JsonNode s : e.path("must_contain")) {
            assertTrue(doc.text.contains(s.asText()), name + ": text must contain «" + s.asText() + "»\n" + doc.text);
        }
        for (JsonNode s : e.path("must_not_contain")) {
            assertFalse(doc.text.contains(s.asText()), name + ": text must not contain «" + s.asText() + "»\n" + doc.text);
        }
    }
}
