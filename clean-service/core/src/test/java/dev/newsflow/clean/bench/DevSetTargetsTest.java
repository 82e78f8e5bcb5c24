package dev.newsflow.clean.bench;

import dev.newsflow.clean.Cleaner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The development sets' figures as a regression floor: the clean core must keep what it reaches today on
 * web-eval and zh-news (../shared/eval, or NEWSFLOW_EVAL_DIR). Skipped, with a message, where the sets are absent.
 * The full report with the baselines and failure examples is {@code bench/eval.sh}.
 */
class DevSetTargetsTest {
    private static final Cleaner CLEANER = Cleaner.withDuplicateDetector(null);
    // the floor is what the clean core reaches now, a little below so that a harmless change does not fail
    static final double WEB_EVAL_F1 = 0.930;
    static final double ZH_NEWS_CHECKS = 0.960;
    static final int ZH_NEWS_TITLES = 16;

    @Test
    void webEvalF1AndNoEmptyOutput() {
        assumeTrue(WebEval.available(), "web-eval not found under " + EvalData.webEval() + ": skipped");
        List<WebEval.Page> pages = WebEval.load();
        WebEval.Score s = WebEval.score(pages, p -> WebEvalBenchmark.cleanText(CLEANER, p));
        System.out.printf(Locale.ROOT, "web-eval: P %.3f R %.3f F1 %.3f empty %d%n", s.precision(), s.recall(), s.f1(), s.empty);
        assertTrue(s.f1() >= WEB_EVAL_F1, "web-eval F1 " + s.f1() + " fell below " + WEB_EVAL_F1);
        assertEquals(s.emptyExpected, s.empty, "pages with prose gave no text");
    }

    @Test
    void zhNewsChecks() {
        assumeTrue(ZhNewsEval.available(), "zh-news not found under " + EvalData.zhNews() + ": skipped");
        ZhNewsEval.Score s = ZhNewsEval.score(ZhNewsEval.load(), p -> WebEvalBenchmark.cleanZh(CLEANER, p));
        System.out.printf(Locale.ROOT, "zh-news: all checks %.3f, titles %d%n", s.overall(), s.passed("title"));
        assertTrue(s.overall() >= ZH_NEWS_CHECKS, "zh-news checks " + s.overall() + " fell below " + ZH_NEWS_CHECKS
                + "; failures: " + s.failures);
        assertTrue(s.passed("title") >= ZH_NEWS_TITLES, "zh-news exact titles " + s.passed("title"));
    }
}
