package dev.newsflow.clean.normalize;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.Docs;
import dev.newsflow.clean.pipeline.WorkingDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizeFiltersTest {

    @Test
    void whitespaceBecomesPlain() {
        assertEquals("会议 召开 2020年", WhitespaceNormalizer.normalize("\u00a0会议\u3000\u3000召开\u200b \t２０２０年 "));
        assertEquals("a b", WhitespaceNormalizer.normalize("a&nbsp;&nbsp;b"));
        assertEquals("文字", WhitespaceNormalizer.normalize("文\u00ad字\ufeff"));
    }

    @Test
    void pinyinAfterCharactersIsRemovedButBracketedWordsStay() {
        WorkingDocument doc = Docs.run(new PinyinAnnotationFilter(), "作戰(zhàn)和醫(yī)院(pdf)(Beijing)");
        assertEquals(List.of("作戰和醫院(pdf)(Beijing)"), doc.lines());
        assertTrue(doc.flags().contains(Flags.PINYIN_REMOVED));
    }

    @Test
    void pinyinWhoseCharacterWasLostGoesAndIsFlagged() {
        WorkingDocument doc = Docs.run(new PinyinAnnotationFilter(), "防控和?jīng)济社会");
        assertEquals(List.of("防控和济社会"), doc.lines());
        assertTrue(doc.flags().contains(Flags.MOJIBAKE_UNREPAIRED));
    }

    @Test
    void utf8ReadAsGbkIsRepaired() {
        String mojibake = new String("我们在大疫面前做好防控".getBytes(StandardCharsets.UTF_8), Charset.forName("GB18030"));
        WorkingDocument doc = Docs.run(new MojibakeRepairer(), "标题:" + mojibake);
        assertTrue(doc.lines().get(0).startsWith("标题:我们在大疫面前做好防"), doc.lines().get(0));
        assertTrue(doc.flags().contains(Flags.MOJIBAKE_REPAIRED));
    }

    @Test
    void utf8ReadAsLatin1IsRepaired() {
        String mojibake = new String("新闻发布会".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        WorkingDocument doc = Docs.run(new MojibakeRepairer(), "Title: " + mojibake);
        assertEquals("Title: 新闻发布会", doc.lines().get(0));
    }

    @Test
    void correctTextIsNotTouchedByRepairs() {
        String[] lines = {"會議聽取全省疫情防控進展情況匯報", "café au lait, naïve", "耄耋老人饕餮大餐"};
        WorkingDocument doc = Docs.run(new MojibakeRepairer(), lines);
        assertEquals(List.of(lines), doc.lines());
        WorkingDocument garbled = Docs.run(new GarbledRunFilter(), "耄耋老人饕餮大餐,朱镕基");
        assertEquals(List.of("耄耋老人饕餮大餐,朱镕基"), garbled.lines());
        assertFalse(doc.flags().contains(Flags.MOJIBAKE_REPAIRED));
    }

    @Test
    void misalignedGbkRunIsRemovedOrRealigned() {
        WorkingDocument doc = Docs.run(new GarbledRunFilter(), "考验我们诖笠呙媲?,做好防控");
        assertFalse(doc.lines().get(0).contains("诖笠呙媲"));
        assertTrue(doc.lines().get(0).startsWith("考验我们"));
        assertTrue(doc.flags().contains(Flags.MOJIBAKE_UNREPAIRED));
    }

    @Test
    void traditionalIsDetectedAndConvertedByPhrase() {
        WorkingDocument doc = Docs.run(new ScriptConverter(), "樓陽生主持召開會議並講話", "頭髮很長,乾隆皇帝");
        assertEquals(ScriptConverter.TRADITIONAL, doc.originalScript());
        assertEquals("楼阳生主持召开会议并讲话", doc.lines().get(0));
        assertEquals("头发很长,乾隆皇帝", doc.lines().get(1));
        assertTrue(doc.flags().contains(Flags.CONVERTED_FROM_TRADITIONAL));
    }

    @Test
    void simplifiedStaysSimplified() {
        WorkingDocument doc = Docs.run(new ScriptConverter(), "楼阳生主持召开会议并讲话");
        assertEquals(ScriptConverter.SIMPLIFIED, doc.originalScript());
        assertFalse(doc.flags().contains(Flags.CONVERTED_FROM_TRADITIONAL));
        assertNull(Docs.run(new ScriptConverter(), "English only").originalScript());
    }

    @Test
    void steadyLineWrapsAreJoinedAndShortLinesEndParagraphs() {
        String wrapped = "今天我们在这里召开全市新冠肺炎疫情防控工作领导 小组会议主要任务是贯彻落实国家和省近期疫情防控 "
                + "相关要求进一步完善外防输入内防反弹各项措施研究 部署当前疫情防控工作坚决防止疫情反弹为保障人 "
                + "民群众生命安全和身体健康做好有力保障刚才各工 作组分别汇报了近期工作开展情况并提出了下步工 "
                + "作建议我完全同意请大家认真抓好贯彻落实。 一、清醒认识当前形势 疫情发生以来在市委市政府的坚定正确 "
                + "强领导下经过全市上下艰苦努力已经连续 4 个月没有 新增确诊病例疑似病例但是当前境外疫情呈加速扩";
        WorkingDocument doc = Docs.run(new LineReflow(), wrapped);
        String text = String.join("\n", doc.lines());
        assertTrue(text.contains("领导小组会议"), text);
        assertTrue(text.contains("为保障人民群众"), text);
        assertTrue(text.contains("已经连续4个月没有新增确诊病例"), text);
        assertTrue(doc.lines().contains("一、清醒认识当前形势"), text);
        assertTrue(doc.flags().contains(Flags.LINE_WRAP_JOINED));
    }

    @Test
    void flattenedPageIsSplitAtBlockBreaksButNotInsideBrackets() {
        String flat = "某某主持召开专题会议并讲话 强调坚决贯彻重要讲话精神 林武李佳等有关省领导出席 2月23日下午,省委书记主持召开会议,"
                + "深入学习重要讲话精神,就抓好贯彻落实作出部署,要求各地统筹抓好疫情防控和经济社会发展两件大事。 会议指出,"
                + "要以作为结果践行初心使命,坚定扛起统筹做好抗击疫情和转型综改的重大政治责任,会议以视频方式开到市县。(记者 李铮 张海涛)";
        WorkingDocument doc = Docs.run(new LineReflow(), flat);
        assertEquals("某某主持召开专题会议并讲话", doc.lines().get(0));
        assertEquals("林武李佳等有关省领导出席", doc.lines().get(2));
        assertTrue(doc.lines().get(3).startsWith("2月23日下午"));
        assertTrue(doc.lines().get(doc.lines().size() - 1).endsWith("(记者 李铮 张海涛)"));
        assertFalse(doc.flags().contains(Flags.LINE_WRAP_JOINED));
    }

    @Test
    void textHardWrappedWithLineBreaksIsJoined() {
        String pdf = """
                今天,我们在这里召开全市新冠肺炎疫情防控工作领导
                小组(扩大)会议,主要任务是贯彻落实国家和省近期疫情
                防控相关要求,进一步完善“外防输入、内防反弹”各项措
                施,研究部署当前疫情防控工作,坚决防止疫情反弹,为人
                民群众生命安全和身体健康做好有力保障。刚才,各工作组
                分别汇报了近期工作开展情况,并提出了下步工作建议,我
                完全同意,请大家认真抓好贯彻落实。
                一、清醒认识当前疫情防控面临的严峻形势
                疫情发生以来,在市委、市政府的坚强领导下,经过全
                市上下艰苦努力,我市疫情防控持续向好的形势得到进一步
                巩固,已经连续 4 个月没有新增确诊病例、疑似病例。
                """;
        WorkingDocument doc = Docs.run(new LineReflow(), pdf.split("\n"));
        assertEquals(3, doc.lines().size(), doc.lines().toString());
        assertTrue(doc.lines().get(0).contains("领导小组(扩大)会议"));
        assertTrue(doc.lines().get(0).contains("为人民群众生命安全"));
        assertEquals("一、清醒认识当前疫情防控面临的严峻形势", doc.lines().get(1));
        assertTrue(doc.lines().get(2).contains("已经连续4个月没有"));
    }

    @Test
    void ordinaryParagraphLinesAreNotJoined() {
        String[] paragraphs = {"第一段很长的正文内容,讲述了会议的主要精神和具体要求,篇幅较长。",
                "第二段。", "第三段正文,内容比第一段短一些,但也是完整的段落。", "第四段正文内容。"};
        assertEquals(List.of(paragraphs), Docs.run(new LineReflow(), paragraphs).lines());
    }

    @Test
    void shortLinesKeepTheirSpaces() {
        WorkingDocument doc = Docs.run(new LineReflow(), "精准防控 突出重点 强化保障");
        assertEquals(List.of("精准防控 突出重点 强化保障"), doc.lines());
    }
}
