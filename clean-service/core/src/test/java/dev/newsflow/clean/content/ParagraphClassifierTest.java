package dev.newsflow.clean.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParagraphClassifierTest {
    private static final String P1 = "The library will stay open until nine in the evening from next month, because many "
            + "students said that they could not find a quiet place to work at home during the exam weeks, and the head librarian said that the trial would run until the end of the year.";
    private static final String P2 = "The council has agreed to pay for two more staff members, and the reading rooms on "
            + "the second floor will be heated again after they were closed for most of the winter, so that there will be about a hundred more places for the students to work.";

    @Test
    void runningTextIsGoodLinksAndMenusAreNot() {
        String html = "<html><body><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul>"
                + "<div class='cookie-banner'><p>We use cookies to improve the site and you can agree to all of them or "
                + "choose which ones you want to allow in the settings of your browser at any time.</p></div>"
                + "<h2>Longer hours</h2><p>" + P1 + "</p><p>Opening hours</p><p>" + P2 + "</p>"
                + "<p><a href='/a'>Other stories from the city and from the region around it this week</a></p>"
                + "<p>Keywords: library, students, council, city, winter, staff, exams, rooms, hours</p></body></html>";
        List<String> lines = new ParagraphClassifier().lines(Markup.parse(html, "").body());
        assertEquals(List.of("Longer hours", P1, "Opening hours", P2), lines);
    }

    @Test
    void chineseBlocksAreJudgedByTheirSentences() {
        assertEquals(ParagraphClassifier.Kind.GOOD, ParagraphClassifier.initial(new ParagraphClassifier.Block(
                "市图书馆从下月起延长开放时间,每天开放到晚上九点,方便学生在考试期间自习,市民也可以预约使用阅览室。", 0, false,
                ParagraphClassifier.Kind.BAD)));
        assertEquals(ParagraphClassifier.Kind.BAD, ParagraphClassifier.initial(new ParagraphClassifier.Block(
                "首页 新闻 图书馆 学生 考试 自习 阅览室 预约 开放时间 市民 服务 通知 公告 活动 讲座", 0, false,
                ParagraphClassifier.Kind.BAD)));
    }

    @Test
    void stopwordDensityTellsProseFromKeywords() {
        assertTrue(ParagraphClassifier.stopwordDensity(P1) >= ParagraphClassifier.STOPWORDS_HIGH);
        assertFalse(ParagraphClassifier.stopwordDensity("library students council city winter staff") > 0);
    }
}
