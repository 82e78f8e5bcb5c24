package dev.newsflow.clean.metadata;

import dev.newsflow.clean.pipeline.Docs;
import dev.newsflow.clean.pipeline.PageHints;
import dev.newsflow.clean.pipeline.WorkingDocument;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetadataFiltersTest {
    private static final String PROSE = "本报讯(记者 张浩 李四)2月1日上午,省委书记主持召开专题会议,研究部署疫情防控工作,要求各级各部门坚决落实。";

    @Test
    void datesAsPagesWriteThem() {
        DateParser p = new DateParser();
        assertEquals(OffsetDateTime.parse("2020-02-02T07:07:00+08:00"), p.find("时间: 2020年02月02日07:07 来源"));
        assertEquals(OffsetDateTime.parse("2020-02-21T08:50:21+08:00"), p.find("2020-02-21 08:50:21来源:临汾新闻网"));
        assertEquals(OffsetDateTime.parse("2020-03-03T00:00:00+08:00"), p.find("Published March 3, 2020"));
        assertEquals(OffsetDateTime.parse("2020-02-21T00:50:21Z").toInstant(),
                p.parseMachine("2020-02-21T00:50:21Z").toInstant());
        assertNull(p.find("2月23日下午"));
        assertNull(p.find("2020年13月45日"));
    }

    @Test
    void bylineNamesNeedASurnameAndStopAtProse() {
        NameParser names = NameParser.withDefaults();
        assertEquals(List.of("李铮", "张海涛", "冯芸"), names.parse("李铮 张海涛 冯芸)"));
        assertEquals(List.of("杨文"), names.parse("杨文) |"));
        assertEquals(List.of(), names.parse("了解到,会议强调"));
        assertEquals(List.of("欧阳娜娜"), names.parse("欧阳娜娜报道"));
        assertEquals(List.of("Jane Doe", "John Roe"), names.parse("Jane Doe and John Roe"));
    }

    @Test
    void metadataLinesAreReadAndRemovedProseBylinesOnlyRead() {
        WorkingDocument doc = Docs.run(MetadataFilter.withDefaults(), "标题在这里", "时间: 2020年02月02日07:07 来源:山西日报",
                PROSE, "(责任编辑:张星秀)", "推荐阅读");
        assertEquals(List.of("标题在这里", PROSE, "推荐阅读"), doc.lines());
        assertEquals(OffsetDateTime.parse("2020-02-02T07:07:00+08:00"), doc.publishedAt());
        assertEquals("山西日报", doc.source());
        assertEquals(List.of("张浩", "李四"), doc.reporters());
        assertEquals(List.of("张星秀"), doc.editors());
    }

    @Test
    void aSourceInBracketsIsRead() {
        WorkingDocument doc = Docs.run(MetadataFilter.withDefaults(), "标题在这里", "2019年5月3日 09:30 来源:[ 示例日报 ]", PROSE);
        assertEquals("示例日报", doc.source());
        assertEquals(List.of("标题在这里", PROSE), doc.lines());
    }

    @Test
    void markupFillsWhatTheTextDoesNotSay() {
        WorkingDocument doc = new WorkingDocument(List.of(PROSE));
        doc.setHints(new PageHints(List.of(), OffsetDateTime.parse("2021-05-01T10:00:00+08:00"), "新华社", List.of("王五"), false));
        MetadataFilter.withDefaults().apply(doc);
        assertEquals(OffsetDateTime.parse("2021-05-01T10:00:00+08:00"), doc.publishedAt());
        assertEquals("新华社", doc.source());
        assertEquals(List.of("王五"), doc.authors());
    }

    @Test
    void titleIsTheHeadLineTheBodyTalksAbout() {
        WorkingDocument doc = Docs.run(new TitleSelector(), "主流媒体 山西门户", "楼阳生主持召开省委第四次专题会议并讲话",
                "锁定目标 全面落实防控预案", "本报讯 2月1日上午,楼阳生主持召开省委第四次专题会议,研究部署防控工作,全面落实防控预案。");
        assertEquals("楼阳生主持召开省委第四次专题会议并讲话", doc.title());
        assertEquals("锁定目标 全面落实防控预案", doc.subtitle());
        assertEquals(1, doc.lines().size());
    }

    @Test
    void documentSitePrefixIsStrippedFromTheTitle() {
        assertEquals("在常态化抓好疫情防控坚决防止疫情反弹工作部署会议上的讲话",
                TitleSelector.clean("2篇2020-2021在常态化抓好疫情防控坚决防止疫情反弹工作部署会议上的讲话"));
        assertEquals("2020-2021学年工作总结", TitleSelector.clean("2020-2021学年工作总结"));
    }

    @Test
    void markupTitleWinsOverTextGuessAndSiteNameIsNoTitle() {
        WorkingDocument doc = new WorkingDocument(List.of("欢迎访问政务新闻网", "第二行标题文字内容",
                "正文第一段,第二行标题文字内容出现在这里,会议研究部署了相关工作,要求各地认真落实。"));
        doc.setHints(new PageHints(List.of("第二行标题文字内容_政务新闻网", "第二行标题文字内容", "政务新闻网"), null, null, List.of(), false));
        new TitleSelector().apply(doc);
        assertEquals("第二行标题文字内容", doc.title());
    }
}
