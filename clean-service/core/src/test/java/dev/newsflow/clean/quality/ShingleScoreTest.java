package dev.newsflow.clean.quality;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShingleScoreTest {
    @Test
    void hanCharactersAreTokensLatinRunsAreWordsPunctuationIsDropped() {
        assertEquals(List.of("省", "委", "covid", "19", "会", "议"), ShingleScore.tokens("省委,COVID-19 会议。"));
    }

    @Test
    void extraAndMissingShinglesCountAsFalsePositivesAndNegatives() {
        ShingleScore s = ShingleScore.of("一二三四五", "一二三四五六七", 3);
        assertEquals(3, s.tp());
        assertEquals(2, s.fp());
        assertEquals(0, s.fn());
        assertEquals(0.6, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }

    @Test
    void fullWidthAndAsciiPunctuationScoreTheSame() {
        assertEquals(1.0, ShingleScore.of("会议指出,要坚持。", "会议指出，要坚持.", 3).f1(), 1e-9);
        assertEquals(0.0, ShingleScore.of("the quick brown fox", "", 4).f1(), 1e-9);
    }
}
