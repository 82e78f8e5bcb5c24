package dev.newsflow.clean.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.clean.RawInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A page of the labeled corpus that has an expected body: NAME.html (or .txt), NAME.expected.json, NAME.body.txt. */
public record LabeledPage(String name, String language, RawInput input, String expectedBody) {
    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    public static List<LabeledPage> all() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".body.txt"))
                    .sorted()
                    .map(n -> load(n.substring(0, n.length() - ".body.txt".length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabeledPage load(String name) {
        try {
            JsonNode e = new ObjectMapper().readTree(CORPUS.resolve(name + ".expected.json").toFile());
            String file = e.get("file").asText();
            byte[] body = Files.readAllBytes(CORPUS.resolve(file));
            RawInput input = new RawInput(null, "http://example.org/" + file, body, e.get("content_type").asText(), null, null);
            String expected = Files.readString(CORPUS.resolve(name + ".body.txt"), StandardCharsets.UTF_8);
            return new LabeledPage(name, e.path("language").asText("zh"), input, expected);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public int shingleSize() {
        return "en".equals(language) ? ShingleScore.ENGLISH_N : ShingleScore.CHINESE_N;
    }
}
