package dev.newsflow.clean.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraditionalToSimplifiedTest {
    @Test
    void convertsPhrasesBeforeCharacters() {
        assertEquals("一目了然的头发", TraditionalToSimplified.convert("一目瞭然的頭髮"));
        assertEquals("老态龙钟", TraditionalToSimplified.convert("老態龍鍾"));
    }

    @Test
    void sameOutputAsOpencc4jOnEveryLineOfTheSeedsAndTheCorpus() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("../../seeds"))) {
            for (Path p : seeds.filter(f -> f.toString().endsWith(".txt")).toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        for (String big5 : List.of("taiwan-big5.html", "hk-style-big5.html", "tw-culture-big5-undeclared.html")) {
            byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/corpus", big5));
            lines.addAll(List.of(new String(bytes, Charset.forName("Big5-HKSCS")).split("\n")));
        }
        int traditional = 0;
        for (String line : lines) {
            if (ScriptConverter.containsTraditional(line)) {
                traditional++;
            }
            assertEquals(ZhConverterUtil.toSimple(line), TraditionalToSimplified.convert(line), line);
        }
        assertTrue(traditional >= 20, "lines with traditional characters: " + traditional);
    }
}
