package dev.newsflow.extract;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.Entity;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static dev.newsflow.contracts.EntityType.DATE;
import static dev.newsflow.contracts.EntityType.MEETING;
import static dev.newsflow.contracts.EntityType.QUANTITY;
import static dev.newsflow.contracts.EntityType.TERM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingDateQuantityTermRulesTest {

    private static Entities published(String text, String publishedAt) {
        CleanDocument doc = new CleanDocument();
        doc.text = text;
        doc.publishedAt = OffsetDateTime.parse(publishedAt);
        return Entities.of(Extractor.withDefaults().enrich(doc).entities);
    }

    @Test
    void meetingWithOrdinalAndTheDateOfItsSentence() {
        Entities found = published("2月20日下午,市委书记董一兵主持召开市委第十三次专题会议暨市疫情防控工作领导小组会议。",
                "2020-02-21T08:50:21+08:00");
        Entity meeting = found.require(MEETING, "市委第十三次专题会议");
        assertEquals(13, meeting.ordinal());
        assertEquals("2020-02-20", meeting.date());
        found.require(MEETING, "市疫情防控工作领导小组会议");
    }

    @Test
    void meetingWithoutOrdinalStartingWithAScope() {
        Entities found = Entities.of("2月24日,全省统筹推进新冠肺炎疫情防控和经济社会发展工作电视电话会议在郑州召开。");
        Entity meeting = found.require(MEETING, "全省统筹推进新冠肺炎疫情防控和经济社会发展工作电视电话会议");
        assertNull(meeting.ordinal());
        assertEquals("02-24", meeting.date());
    }

    @Test
    void vagueMeetingsAreNoEntities() {
        Entities found = Entities.of("省委书记王国生出席会议并讲话。这次会议很重要。我又先后主持召开3次常委会会议、1次会议。");
        assertTrue(found.names(MEETING).isEmpty(), found.names().toString());
    }

    @Test
    void yearOfADateComesFromThePublishTime() {
        assertEquals("2020-02-23", published("2月23日下午,会议召开。", "2020-02-24T10:00:00+08:00").require(DATE, "2月23日下午").value());
        assertEquals("2020-12-28", published("12月28日,会议召开。", "2021-01-05T10:00:00+08:00").require(DATE, "12月28日").value());
        assertEquals("02-23", Entities.of("2月23日下午,会议召开。").require(DATE, "2月23日下午").value());
        assertEquals("2018-01", Entities.of("2018年1月我在研讨班上讲过。").require(DATE, "2018年1月").value());
        assertTrue(Entities.of("2月30日召开。").names(DATE).isEmpty());
    }

    @Test
    void quantitiesWithNumberAndUnit() {
        Entities found = Entities.of("先后派出13批1514名医务人员,全市已连续14天无新增病例,有1亿多人口。");
        assertEquals(13.0, found.require(QUANTITY, "13批").number());
        assertEquals("名", found.require(QUANTITY, "1514名").unit());
        assertEquals("天", found.require(QUANTITY, "14天").unit());
        assertEquals(1e8, found.require(QUANTITY, "1亿多人").number());
    }

    @Test
    void redactedFiguresAndYearsAreNoQuantities() {
        Entities found = Entities.of("加强在XX23名确诊病例管理,2020-2021年度工作。");
        assertTrue(found.names(QUANTITY).isEmpty(), found.names().toString());
    }

    @Test
    void quotedSlogansAreTermsButQuotedSentencesAreNot() {
        Entities found = Entities.of("制定实施“双零目标”“三线作战”等举措,完善“外防输入、内防反弹”措施。“沧海横流,方显英雄本色。”");
        assertEquals(List.of("双零目标", "三线作战", "外防输入、内防反弹"), found.names(TERM));
    }

    @Test
    void eventDateIsTheDateOfTheFirstMeeting() {
        List<Entity> entities = Extractor.withDefaults().entities(
                "据悉,3月1日有活动。2月1日上午,省委书记楼阳生主持召开省委第四次专题会议。");
        assertEquals("02-01", Extractor.eventDate(entities));
    }
}
