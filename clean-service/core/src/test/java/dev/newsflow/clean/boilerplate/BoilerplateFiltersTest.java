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

    private static final String STORY = "The harbour authority said on Tuesday that the new ferry terminal would open in spring, "
            + "a year later than planned, because the contractor had gone bankrupt in the summer.";

    @Test
    void captionsEndingInAPhotoCreditGo() {
        List<String> captions = List.of(
                "Der neue Fähranleger am Abend. (Foto: Jana Beispiel)",
                "Die Brücke wird im Frühjahr eröffnet. Bild: Muster Agentur",
                "The terminal seen from the water. © Example Photo Service",
                "Ein Fährschiff im Hafen (Symbolbild).",
                "Passagiere warten auf die erste Abfahrt. (beispielname / iStock.com)",
                "Abbildung 3: Lage des neuen Anlegers im Hafenbecken.",
                "Fig. 2. Passenger numbers by month");
        List<String> lines = new java.util.ArrayList<>(List.of(STORY));
        lines.addAll(captions);
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(), lines.toArray(String[]::new));
        assertEquals(List.of(STORY), doc.lines());
        assertTrue(doc.removed().stream().allMatch(r -> r.reason().equals("photo caption or credit")));
    }

    @Test
    void proseThatMentionsAPhotoStays() {
        String line = "Die Fotografin sagte: Das Bild zeigt den alten Anleger, der im Winter abgerissen wurde, und "
                + "niemand hat es seitdem wieder gesehen, obwohl viele danach gefragt haben.";
        String longer = STORY + " " + STORY + " " + STORY + " (Foto: Jana Beispiel)";
        assertEquals(List.of(line, longer), Docs.run(BoilerplateFilter.withDefaults(), line, longer).lines());
    }

    @Test
    void wholeLineControlsGoButProseStartingWithTheWordStays() {
        String prose = "Werbung nervt, sagen viele Leser, aber ohne sie gäbe es die Zeitung nicht mehr, schreibt der Verlag.";
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(), STORY, "Kommentieren", "- Anzeige -", "Drucken",
                "Permalink", "(Alle Angaben ohne Gewähr)", "Autoren:", prose);
        assertEquals(List.of(STORY, prose), doc.lines());
    }

    @Test
    void advertisingDisclosuresDisclaimersAndPostMetadataGo() {
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(),
                "*Werbung. Dieser Beitrag enthält Werbung für eine Beispielmarke.", STORY,
                "This post contains affiliate links: we may earn a small commission when you buy through them.",
                "Disclaimer: The views of the author are not necessarily those of this site.",
                "Der Beitrag wurde am Montag, den 3. Mai um 10:00 Uhr veröffentlicht und unter Allgemein abgelegt.",
                "Kategorie: Allgemein, Hafen", "Quelle: Beispielamt für Statistik");
        assertEquals(List.of(STORY), doc.lines());
    }

    @Test
    void callsToFollowSupportOrWriteInGo() {
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(), STORY,
                "Liked this story? Get the best of our reporting every Friday in your inbox with our newsletter, "
                        + "written by the editors.",
                "Follow us on every platform for more stories from the harbour and the coast.",
                "We want to hear from you: send a letter to the editor through the form on our site.",
                "¿Ya conoces nuestro canal de Telegram? Únete para recibir las noticias del puerto.");
        assertEquals(List.of(STORY), doc.lines());
    }

    @Test
    void aStoryAboutNewslettersAndALettedListItemStay() {
        String story = "The newsletter, started by two former reporters of the paper in 2019, now has 40,000 paying readers "
                + "in the region and a staff of six.";
        String item = "(c) the appeal must be lodged with the harbour board within thirty days of the decision";
        assertEquals(List.of(STORY, story, item), Docs.run(BoilerplateFilter.withDefaults(), STORY, story, item).lines());
    }

    @Test
    void anUnsubscribeSentenceInAPolicyStays() {
        String line = "You can unsubscribe from our emails at any time by using the link at the bottom of each message.";
        assertEquals(List.of(STORY, line), Docs.run(BoilerplateFilter.withDefaults(), STORY, line).lines());
    }

    @Test
    void headingsOfLinkBoxesGoAlone() {
        WorkingDocument doc = Docs.run(BoilerplateFilter.withDefaults(), STORY, "Mehr zum Thema auf unserer Seite",
                "Weitere Beiträge aus der Kolumne:", "More from the coast desk", STORY);
        assertEquals(List.of(STORY, STORY), doc.lines());
        String sentence = "Mehr zu tun gibt es für die Hafenbehörde erst im Mai.";
        assertEquals(List.of(STORY, sentence), Docs.run(BoilerplateFilter.withDefaults(), STORY, sentence).lines());
    }

    @Test
    void aTailHeadingInsideTheStoryGoesAloneAndTheStoryStays() {
        String lead = "The museum reopened its west wing on Saturday after two years of repairs to the roof and the walls.";
        List<String> rest = List.of(
                "Visitors queued from early morning, and the first tickets were sold out by noon, the director said.",
                "The east wing will close next year for the same work, which is paid for by the city and a foundation.",
                "Admission stays free for children and students until the end of the year, the museum announced.");
        List<String> lines = new java.util.ArrayList<>(List.of(lead, "Lesen Sie auch", "Another museum opens its doors"));
        lines.addAll(rest);
        WorkingDocument doc = Docs.run(TailCutter.withDefaults(), lines.toArray(String[]::new));
        List<String> expected = new java.util.ArrayList<>(List.of(lead, "Another museum opens its doors"));
        expected.addAll(rest);
        assertEquals(expected, doc.lines());
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
