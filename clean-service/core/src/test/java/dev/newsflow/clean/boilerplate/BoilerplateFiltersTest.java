package dev.newsflow.clean.boilerplate;

import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.Docs;
import dev.newsflow.clean.pipeline.WorkingDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateFiltersTest {
    private static final String PROSE = "省委书记主持召开专题会议,研究部署疫情防控工作,要求各级各部门坚决落实各项措施,确保人民群众生命安全。";

    @Test
    void labelsNoticesFootersAndBreadcrumbsGo() {
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(), "分享到: 评论:", "山西新闻网>>政务频道>>高层动态",
                "申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。",
                "版权所有 © 2020 政务新闻网 京ICP备12345678号", PROSE);
        assertEquals(List.of(PROSE), doc.lines());
        assertEquals(4, doc.removed().size());
    }

    @Test
    void chineseFooterPromptsHotlinesAndAddressesGo() {
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(), PROSE, "扫码关注本报微信公众号,获取更多资讯",
                "下载客户端,看更多精彩内容", "新闻报料热线: 0000-12345678", "地址:某市某区示例路1号 邮编:000000 电话:0000-1234567",
                "本文仅代表作者个人观点,与本站立场无关。", "备案号: 示例ICP备00000000号");
        assertEquals(List.of(PROSE), doc.lines());
        assertEquals(6, doc.removed().size());
    }

    @Test
    void aboutTheAuthorAndTagHeadingsEndTheArticle() {
        TailCutter cutter = TailCutter.withDefaults();
        for (String heading : new String[]{"About the author", "Über den Autor:", "Tags", "Quellen", "Sobre el autor"}) {
            assertTrue(cutter.isHeading(heading), heading);
        }
        String prose = "The new bridge opened on Saturday, three years after the old one was closed because of cracks in its pillars.";
        WorkingDocument doc = Docs.run(cutter, "Bridge opens", prose, prose, "About the author",
                "Sam writes about transport and cities.");
        assertEquals(List.of("Bridge opens", prose, prose), doc.lines());
    }

    @Test
    void callsToSubscribeGo() {
        String prose = "The new bridge opened on Saturday, three years after the old one was closed because of cracks in its pillars.";
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(), prose,
                "Subscribe now to our digital edition to read every story from the region, every morning before seven.",
                "Abonnieren Sie unseren Newsletter und erfahren Sie alles zuerst.", "Get our free weekly newsletter",
                "Pour lire la suite de cet article, connectez-vous.");
        assertEquals(List.of(prose), doc.lines());
    }

    @Test
    void anAddressInTheStoryStays() {
        String line = "活动地址设在市图书馆一楼报告厅,市民可提前预约,现场还将提供免费的咨询服务。";
        assertEquals(List.of(PROSE, line), Docs.run(BoilerplateFilter.withDefaults(), PROSE, line).lines());
    }

    @Test
    void proseMentioningALabelStays() {
        String line = "会议强调,要把分享到的经验做法推广到各地,各地要认真学习,切实提高疫情防控的科学性和有效性。";
        assertEquals(List.of(line), Docs.run(BoilerplateFilter.withDefaults(), line).lines());
    }

    @Test
    void tailIsCutAtTheFirstMarkerAfterTheBody() {
        WorkingDocument doc = Docs.run(TailCutter.withDefaults(), "推荐阅读", PROSE, "会议以视频方式开到市一级。", "推荐阅读",
                "赶制红灯笼红红火火迎鼠年", "网站声明");
        assertEquals(List.of("推荐阅读", PROSE, "会议以视频方式开到市一级。"), doc.lines());
        assertEquals("tail", doc.removed().get(0).kind());
    }

    @Test
    void aTailHeadingInAnyLanguageEndsTheArticle() {
        String body = "The harbour authority said on Tuesday that the new ferry terminal would open in spring, a year late.";
        WorkingDocument doc = Docs.run(TailCutter.withDefaults(), body, "Mehr zum Thema:",
                "Neue Fähre für die Nordsee: Reederei bestellt zwei Schiffe, die mit Flüssiggas fahren sollen.");
        assertEquals(List.of(body), doc.lines());
        assertEquals("tail", doc.removed().get(0).kind());
        // a heading only when it is the whole line: a sentence opening with the same words stays
        String sentence = "Related posts on the council website list every decision, with minutes, votes and dates.";
        assertEquals(List.of(body, sentence), Docs.run(TailCutter.withDefaults(), body, sentence).lines());
    }

    @Test
    void aReadMoreExpanderBeforeMostOfTheStoryIsNotTheTail() {
        String lead = "The museum reopened its west wing on Saturday after two years of repairs to the roof.";
        List<String> rest = List.of(
                "Curators used the closure to rehang the collection, putting the nineteenth-century landscapes in the light rooms.",
                "Visitor numbers on the first day were twice the usual weekend figure, the director said, and queues reached the square.",
                "The repairs cost about four million, most of it from the city, with the rest raised from members and local firms.");
        List<String> lines = new java.util.ArrayList<>(List.of(lead, "Read more"));
        lines.addAll(rest);
        WorkingDocument doc = Docs.run(TailCutter.withDefaults(), lines.toArray(String[]::new));
        assertEquals(lines, doc.lines());
        assertTrue(doc.removed().isEmpty());
    }

    @Test
    void fillInBlanksRaiseTheTemplateFlag() {
        WorkingDocument doc = Docs.run(new TemplatePlaceholderFilter(),
                "截至目前,境外累计报告确诊病例 X 万多例,截止 X 月 X 日,全国境外累计输入确诊病例 X 例。");
        assertTrue(doc.flags().contains(Flags.TEMPLATE_PLACEHOLDERS));
    }

    @Test
    void xRaysAndLatinWordsAreNotBlanks() {
        WorkingDocument doc = Docs.run(new TemplatePlaceholderFilter(), "医院新购X光机和X射线设备,Windows XP 已停用。");
        assertFalse(doc.flags().contains(Flags.TEMPLATE_PLACEHOLDERS));
    }

    @Test
    void unrenderedTemplateSyntaxIsRemoved() {
        WorkingDocument doc = Docs.run(new TemplatePlaceholderFilter(), "{{title}}会议召开${author}");
        assertEquals(List.of("会议召开"), doc.lines());
        assertTrue(doc.flags().contains(Flags.TEMPLATE_PLACEHOLDERS));
    }
}
