package dev.newsflow.clean.metadata;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.Docs;
import dev.newsflow.clean.pipeline.WorkingDocument;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadSentenceTitleTest {
    private final LeadSentenceTitle filter = new LeadSentenceTitle();

    @Test
    void leadingDateIsDroppedAndAShortSentenceIsTheTitle() {
        WorkingDocument doc = Docs.run(filter,
                "2月24日,全省统筹推进新冠肺炎疫情防控和经济社会发展工作电视电话会议在郑州召开。会议深入学习贯彻重要讲话精神。");
        assertEquals("全省统筹推进新冠肺炎疫情防控和经济社会发展工作电视电话会议在郑州召开", doc.title());
        assertTrue(doc.flags().contains(Flags.TITLE_DERIVED));
        assertEquals(1, doc.lines().size(), "the lead stays in the body");
    }

    @Test
    void datelineBylineAndTimeOfDayAreDroppedAndALongSentenceKeepsItsMainClause() {
        WorkingDocument doc = Docs.run(filter,
                "本报讯(记者 张三)3月5日上午,市政府召开全市春季农业生产工作会议,回顾总结去年农业农村工作,"
                        + "安排部署今年春耕备耕、农田水利建设和动物疫病防控等重点任务。");
        assertEquals("市政府召开全市春季农业生产工作会议,回顾总结去年农业农村工作", doc.title());
    }

    @Test
    void newsAgencyDatelineIsDropped() {
        WorkingDocument doc = Docs.run(filter, "新华社北京6月15日电 国家粮食和物资储备局15日发布消息,全国夏粮收购进度过半。");
        assertEquals("国家粮食和物资储备局15日发布消息,全国夏粮收购进度过半", doc.title());
    }

    @Test
    void englishLeadGivesItsFirstSentenceWithoutDateline() {
        WorkingDocument doc = Docs.run(filter,
                "SPRINGFIELD — The city council voted on Tuesday to extend the night bus service to the airport. "
                        + "The change takes effect in May.");
        assertEquals("The city council voted on Tuesday to extend the night bus service to the airport", doc.title());
    }

    @Test
    void aFoundHeadlineIsKeptAndNotFlagged() {
        WorkingDocument doc = new WorkingDocument(List.of("2月24日,全省统筹推进疫情防控工作电视电话会议在郑州召开,会议要求各地落实。"));
        doc.setTitle("真正的标题");
        filter.apply(doc);
        assertEquals("真正的标题", doc.title());
        assertFalse(doc.flags().contains(Flags.TITLE_DERIVED));
    }

    @Test
    void noProseNoTitle() {
        WorkingDocument doc = Docs.run(filter, "首页", "联系我们");
        assertNull(doc.title());
        assertFalse(doc.flags().contains(Flags.TITLE_DERIVED));
    }

    @Test
    void wordsThatMerelyEndLikeADatelineOrHoldAHyphenAreKept() {
        assertEquals("全线通电后,新区供电能力提高一倍",
                Docs.run(filter, "全线通电后,新区供电能力提高一倍。有关部门表示,将继续完善配套设施建设。").title());
        assertEquals("State-run media said the new bridge will open to traffic in May",
                Docs.run(filter, "State-run media said the new bridge will open to traffic in May. Officials did not comment.").title());
    }

    /** Found by MutationalFuzzTest: a lead with a run of 100,000 commas (clauses without content) took 48 s. */
    @Test
    void aRunawayLeadSentenceIsCutQuickly() {
        String lead = "会议强调要坚持稳中求进工作总基调" + ",".repeat(100_000) + "确保完成全年目标,推动经济社会高质量发展。";
        WorkingDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Docs.run(filter, lead));
        assertTrue(doc.title().length() <= 40, "title length " + doc.title().length());
    }
}
