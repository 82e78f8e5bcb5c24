package dev.newsflow.extract;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsflow.contracts.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonRulesTest {

    @Test
    void titleBeforeNameOfTwoCharacters() {
        Entities found = Entities.of("省委书记王国生出席会议并讲话,省长尹弘主持会议并讲话。");
        assertEquals(List.of("省委书记"), found.require(PERSON, "王国生").titles());
        assertEquals(List.of("省长"), found.require(PERSON, "尹弘").titles());
        assertFalse(found.get(PERSON, "尹弘主").isPresent());
    }

    @Test
    void chainOfTitlesSeparatedFromTheName() {
        Entities found = Entities.of("省委副书记、省长、省疫情防控工作领导小组组长林武出席会议。");
        assertEquals(List.of("省委副书记", "省长", "省疫情防控工作领导小组组长"), found.require(PERSON, "林武").titles());
    }

    @Test
    void composedTitleWithALongBodyName() {
        Entities found = Entities.of("2月23日下午,省委书记、省新冠肺炎疫情防控工作领导小组组长楼阳生主持召开专题会议。楼阳生强调,要精准施策。");
        Entity person = found.require(PERSON, "楼阳生");
        assertTrue(person.titles().contains("省委书记"));
        assertEquals(2, person.count());
        assertTrue(found.get(PERSON, "阳生").isEmpty());
    }

    @Test
    void groupWordIntroducesAnEnumerationWithoutTitles() {
        Entities found = Entities.of("省领导吕岩松、廉毅敏、胡玉亭和领导小组成员单位负责同志参加会议。");
        for (String name : List.of("吕岩松", "廉毅敏", "胡玉亭")) {
            assertTrue(found.require(PERSON, name).titles().isEmpty(), name);
        }
    }

    @Test
    void titleAppliesToEveryNameOfItsEnumeration() {
        Entities found = Entities.of("副市长陈忠辉、张翔出席。");
        assertEquals(List.of("副市长"), found.require(PERSON, "陈忠辉").titles());
        assertEquals(List.of("副市长"), found.require(PERSON, "张翔").titles());
    }

    @Test
    void aConfirmedNameIsFoundAtEveryMentionAndNeverAsAFragment() {
        Entities found = Entities.of("林武李佳等有关省领导出席。省长林武,省政协主席李佳出席会议。");
        assertEquals(2, found.require(PERSON, "林武").count());
        assertEquals(2, found.require(PERSON, "李佳").count());
        assertEquals(List.of("林武", "李佳"), found.names(PERSON));
    }

    @Test
    void listOfThreeNamesOpeningAClause() {
        Entities found = Entities.of("会议强调,罗清宇、张吉福、李俊明分别在各市分会场参加会议。");
        assertEquals(List.of("罗清宇", "张吉福", "李俊明"), found.names(PERSON));
    }

    @Test
    void listOfPlacesIsNoListOfNames() {
        assertTrue(Entities.of("突出抓好郑州、信阳、南阳等重点地区防控。").names(PERSON).isEmpty());
    }

    @Test
    void speakerOpeningAClause() {
        assertEquals(List.of("赵东明"), Entities.of("赵东明强调,要做好防控工作。").names(PERSON));
    }

    @Test
    void speakerIntroducedByAPreposition() {
        assertEquals(List.of("周建明"), Entities.of("据周建明介绍,措施预计为企业减负超过10亿元。").names(PERSON));
    }

    @Test
    void ordinaryWordsBeforeVerbsAreNoNames() {
        Entities found = Entities.of("会议指出,要依纪依法严肃追责。全市已连续14天无新增病例。奋力夺取双胜利。精准施策。");
        assertTrue(found.names(PERSON).isEmpty(), found.names().toString());
    }

    @Test
    void reportersSeparatedBySpaces() {
        Entities found = Entities.of("会议以视频形式召开。(记者 李铮 张海涛 冯芸)");
        for (String name : List.of("李铮", "张海涛", "冯芸")) {
            assertEquals(List.of("记者"), found.require(PERSON, name).titles(), name);
        }
    }

    @Test
    void postTitleAfterAKnownName() {
        Entities found = Entities.of("要坚决贯彻习近平总书记重要讲话精神。");
        assertEquals(List.of("总书记"), found.require(PERSON, "习近平").titles());
    }

    @Test
    void reportersAndEditorsFromMetadata() {
        CleanDocument doc = new CleanDocument();
        doc.text = "本报讯(记者杨文)省委召开会议。";
        doc.reporters = List.of("杨文");
        doc.editors = List.of("张星秀");
        Entities found = Entities.of(Extractor.withDefaults().enrich(doc).entities);
        assertEquals(1, found.require(PERSON, "杨文").count());
        assertEquals(List.of("记者"), found.require(PERSON, "杨文").titles());
        Entity editor = found.require(PERSON, "张星秀");
        assertEquals(List.of("责任编辑"), editor.titles());
        assertEquals(0, editor.count());
    }

    @Test
    void aNameEndsWhereTheTaggerSaysWhenTheRulesWouldCutTheNextWord() {
        Entities found = Entities.of("国务院总理李鹏发来贺电。");
        found.require(PERSON, "李鹏");
        assertTrue(found.get(PERSON, "李鹏发").isEmpty(), found.names().toString());
    }

    @Test
    void aTaggedNameAfterATitleNeedsNoKnownWordAfterIt() {
        Entities found = Entities.of("公司总经理王建华感触颇深。");
        assertEquals(List.of("总经理"), found.require(PERSON, "王建华").titles());
    }

    @Test
    void aTransliteratedNameAfterATitleEndsBeforeTheDate() {
        Entities found = Entities.of("总统斯卡尔法罗１５日会见了代表团。");
        found.require(PERSON, "斯卡尔法罗");
    }

    @Test
    void bylinesAndCreditsAreNames() {
        Entities byline = Entities.of("春天的田野\n赵明远\n田野里一片忙碌，村民们正在春耕。");
        byline.require(PERSON, "赵明远");
        Entities credit = Entities.of("农民增收的路子越走越宽。（孙立平吴国华）");
        credit.require(PERSON, "孙立平");
        credit.require(PERSON, "吴国华");
        Entities affiliation = Entities.of("赵立新（省农科院研究员）：要加快推广良种。");
        affiliation.require(PERSON, "赵立新");
        Entities heading = Entities.of("春天的田野\n消费者\n田野里一片忙碌。");
        assertTrue(heading.names(PERSON).isEmpty(), heading.names().toString());
    }

    @Test
    void aTransliteratedNameAfterAForeignCountryInAList() {
        Entities found = Entities.of("女子跳远前三名：加拿大的莫妮卡、瑞典莉娜、挪威卡莎。");
        found.require(PERSON, "卡莎");
        assertTrue(found.get(PERSON, "挪威卡莎").isEmpty());
    }

    @Test
    void aMiddleDotNameEndsBeforeTheVerb() {
        Entities found = Entities.of("该国总理阿米娜·卡里姆提议，两国加强合作。");
        found.require(PERSON, "阿米娜·卡里姆");
        assertTrue(found.get(PERSON, "阿米娜·卡里姆提议").isEmpty(), found.names().toString());
    }
}
