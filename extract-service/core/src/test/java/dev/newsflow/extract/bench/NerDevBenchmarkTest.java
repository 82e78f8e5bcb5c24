package dev.newsflow.extract.bench;

import dev.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores the real labeled articles (ner-dev) for newsflow and HanLP's default recognizers in the same run, prints
 * both and the top errors, and holds the figures reached so that a regression fails. Skipped when the evaluation
 * data is absent: the project builds and tests without it.
 */
class NerDevBenchmarkTest {

    @Test
    void beatsHanlpAndHoldsTheFiguresReached() throws IOException {
        Path file = NerDevSet.locate();
        assumeTrue(file != null, "ner-dev evaluation set not found (set NEWSFLOW_EVAL_DIR); benchmark skipped");
        NerDevSet set = NerDevSet.load(file);
        NerDevBenchmark.Result ours = NerDevBenchmark.score(set, ExtractionBenchmark::extractorNamesOnly);
        NerDevBenchmark.Result hanlp = NerDevBenchmark.score(set, ExtractionBenchmark::hanlpDefault);
        System.out.println(set.articles().size() + " articles of " + file);
        System.out.print(NerDevBenchmark.report(ours, hanlp));
        System.out.print(NerDevBenchmark.topErrors(ours, 25));
        for (EntityType type : NerDevBenchmark.SCORED) {
            assertTrue(ours.f1(type) > hanlp.f1(type), type + " F1 above HanLP's default in the same run");
            assertTrue(ours.scores().get(type).precision() >= 0.79, type + " precision held");
        }
        assertTrue(ours.f1(EntityType.PERSON) >= 0.86, "PERSON F1 reached (0.865)");
        assertTrue(ours.f1(EntityType.PLACE) >= 0.895, "PLACE F1 reached (0.899)");
        assertTrue(ours.f1(EntityType.ORGANIZATION) >= 0.785, "ORGANIZATION F1 reached (0.789)");
    }
}
