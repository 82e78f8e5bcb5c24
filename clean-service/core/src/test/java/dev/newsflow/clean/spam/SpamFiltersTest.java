package dev.newsflow.clean.spam;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.Docs;
import dev.newsflow.clean.pipeline.WorkingDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpamFiltersTest {
    private static final SpamFilter SPAM = SpamFilter.withDefaults();

    @Test
    void injectedSpanIsCutOutOfTheSentence() {
        WorkingDocument doc = Docs.run(SPAM,
                "会议深入学习贯彻90分钟足球网_bet36亚洲体育¥在线官网总书记重要讲话精神,动员全省上下坚定必胜信念、保持昂扬斗志,以顽强的拼劲韧劲打赢两场硬仗,向党和人民交上合格答卷。");
        assertTrue(doc.lines().get(0).startsWith("会议深入学习贯彻总书记重要讲话精神"), doc.lines().get(0));
        assertTrue(doc.flags().contains(Flags.SPAM_INJECTED));
        assertEquals("spam", doc.removed().get(0).kind());
        assertEquals("90分钟足球网_bet36亚洲体育¥在线官网", doc.removed().get(0).text());
    }

    @Test
    void spamLineIsDropped() {
        WorkingDocument doc = Docs.run(SPAM, "久久Av秘 无码一区二区,亚洲欧美一区二区三区在饯,伊人久久人妻系列", "正文第一段。");
        assertEquals(List.of("正文第一段。"), doc.lines());
    }

    @Test
    void ordinaryWordsThatLookLikeSpamTermsStay() {
        String line = "他久久不能平静,体育总局在视频会议上强调,要打击色情、赌博等违法犯罪活动。";
        WorkingDocument doc = Docs.run(SPAM, line);
        assertEquals(List.of(line), doc.lines());
        assertFalse(doc.flags().contains(Flags.SPAM_INJECTED));
    }

    @Test
    void barSeparatedKeywordListIsDroppedAndEdgeBarsTrimmed() {
        WorkingDocument doc = Docs.run(new LinkListFilter(), "胶州市| 神农架林区| 曲麻莱县| 乐东| 昌江| 海原县|",
                "会议以视频方式开到市县。(记者杨文) |", "首页 新闻 政务 视频 图片 专题");
        assertEquals(List.of("会议以视频方式开到市县。(记者杨文)"), doc.lines());
        assertEquals("link_list", doc.removed().get(0).kind());
    }

    @Test
    void headlineWithSpacesIsNotANavigationList() {
        String subtitle = "精准防控 突出重点 强化保障 标本兼治 统筹推进疫情防控和经济社会发展";
        assertEquals(List.of(subtitle), Docs.run(new LinkListFilter(), subtitle).lines());
    }
}
