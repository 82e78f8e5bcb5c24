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
