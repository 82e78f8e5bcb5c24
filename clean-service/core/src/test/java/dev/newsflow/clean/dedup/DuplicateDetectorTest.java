package dev.newsflow.clean.dedup;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateDetectorTest {
    private static final String ARTICLE = "2月24日,全省统筹推进新冠肺炎疫情防控和经济社会发展工作电视电话会议在郑州召开。"
            + "会议深入学习贯彻总书记重要讲话精神,动员全省上下坚定必胜信念、保持昂扬斗志,以顽强的拼劲韧劲打赢两场硬仗,"
            + "向党和人民交上合格答卷。省委书记出席会议并讲话,省长主持会议并讲话,省政协主席出席会议。";

    @Test
    void nearIdenticalTextsAreCloseAndDifferentTextsFar() throws Exception {
        String article = java.nio.file.Files.readString(java.nio.file.Path.of("../../seeds/003_890bb6c2d9a226d6.txt"));
        long a = SimHash.of(article);
        long b = SimHash.of("来源:大河网 " + article.replace("在郑州召开", "在郑州市召开").replace("(记者 李铮 张海涛 冯芸)", ""));
        long c = SimHash.of("The city council approved a plan on Monday to raise the river walls after two winters of floods.");
        assertTrue(SimHash.distance(a, b) <= DuplicateDetector.DEFAULT_MAX_DISTANCE, "distance " + SimHash.distance(a, b));
        assertTrue(SimHash.distance(a, c) > 10);
        assertEquals(16, SimHash.hex(a).length());
    }

    @Test
    void secondCopyPointsToTheFirstAndRecleaningTheSameDocumentDoesNot() {
        DuplicateDetector detector = DuplicateDetector.inMemory(10);
        long h = SimHash.of(ARTICLE);
        assertEquals(Optional.empty(), detector.check("first", h, ARTICLE.length()));
        assertEquals(Optional.empty(), detector.check("first", h, ARTICLE.length()));
        assertEquals(Optional.of("first"), detector.check("mirror", h ^ 1L, ARTICLE.length()));
    }

    @Test
    void storeForgetsBeyondCapacity() {
        InMemorySimHashStore store = new InMemorySimHashStore(2);
        store.put("a", 1L);
        store.put("b", 0xffff0000L);
        store.put("c", 0xffff00000000L);
        assertEquals(Optional.empty(), store.findNear("x", 1L, 3));
        assertEquals(Optional.of("c"), store.findNear("x", 0xffff00000000L, 0));
    }

    /** Guarantee: a redelivered record gets its first verdict (the fault test compares near-duplicate fields). */
    @Test
    void aRedeliveredDocumentKeepsItsVerdictAfterItsCopyWasSeen() {
        DuplicateDetector detector = DuplicateDetector.inMemory(10);
        long h = SimHash.of(ARTICLE);
        assertEquals(Optional.empty(), detector.check("original", h, ARTICLE.length()));
        assertEquals(Optional.of("original"), detector.check("copy", h ^ 2L, ARTICLE.length()));
        assertEquals(Optional.of("original"), detector.check("late-copy", h ^ 4L, ARTICLE.length()), "the first-seen one is named");
        // redeliveries, in any order: the original is no copy of its own later copies, a copy is no copy of itself
        assertEquals(Optional.empty(), detector.check("original", h, ARTICLE.length()));
        assertEquals(Optional.of("original"), detector.check("late-copy", h ^ 4L, ARTICLE.length()));
        assertEquals(Optional.of("original"), detector.check("copy", h ^ 2L, ARTICLE.length()));
    }
}
