package dev.newsflow.clean.quality;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the extraction benchmark on the labeled corpus and holds the measured quality as a floor. */
class ExtractionQualityTest {
    /** Set a little below what was measured (see the module README), so a regression fails the build. */
    private static final double MIN_F1 = 0.94;
    private static final double MIN_PAGE_F1 = 0.80;

    @Test
    void bodyF1OnTheLabeledCorpusStaysAboveTheFloorAndFarAboveTheWholePageBaseline() {
        ExtractionQualityBenchmark.Result result = ExtractionQualityBenchmark.run();
        ExtractionQualityBenchmark.print(result);
        assertTrue(result.pages().size() >= 30, "labeled pages with an expected body: " + result.pages().size());
        for (String language : new String[]{"zh", "en", null}) {
            double f1 = result.summary(ExtractionQualityBenchmark.CLEANER, language).f1();
            double baseline = result.summary(ExtractionQualityBenchmark.BASELINE, language).f1();
            assertTrue(f1 >= MIN_F1, language + ": F1 " + f1);
            assertTrue(f1 > baseline + 0.2, language + ": F1 " + f1 + " vs whole-page baseline " + baseline);
        }
        for (int i = 0; i < result.pages().size(); i++) {
            ShingleScore s = result.scores().get(ExtractionQualityBenchmark.CLEANER).get(i);
            assertTrue(s.f1() >= MIN_PAGE_F1, result.pages().get(i).name() + ": F1 " + s.f1());
        }
    }
}
