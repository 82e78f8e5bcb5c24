package dev.newsflow.clean;

import dev.newsflow.contracts.CleanDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five seeds as plain UTF-8 text meet every clean-stage expectation of seeds-expected.json. */
class SeedTextTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();

    static List<String> seeds() {
        return SeedCorpus.names();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedAsTextMeetsExpectations(String name) {
        byte[] body = SeedCorpus.text(name).getBytes(StandardCharsets.UTF_8);
        CleanDocument doc = CLEANER.clean(new RawInput(null, "http://example.gov.cn/" + name, body,
                "text/plain", null, null));
        SeedCorpus.assertMeetsExpectations(name, doc);
    }
}
