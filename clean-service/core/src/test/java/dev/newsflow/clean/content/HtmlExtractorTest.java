package dev.newsflow.clean.content;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void englishArticleIsFoundAmongFurniture() {
        String html = """
                <html><head><title>Flood defences upgraded | The Daily Example</title>
                <meta property="article:published_time" content="2021-07-04T09:30:00+01:00">
                <meta name="author" content="Jane Doe"></head>
                <body><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav>
                <div class="social-share"><a>Share on Twitter</a><a>Share on Facebook</a></div>
                <article><h1>Flood defences upgraded</h1>
                <p>The city council approved a plan on Monday to raise the river walls, after two winters of flooding damaged homes.</p>
                <p>Engineers said the work, which starts in September, would protect about 4,000 properties along the riverbank.</p>
                <p>Residents welcomed the decision, although some asked why it had taken so long to reach.</p></article>
                <aside class="related"><h3>Related stories</h3><ul><li><a href="/1">Storm warning for the weekend</a></li></ul></aside>
                <div id="comments"><p>Great news for everyone living near the river, finally some action!</p></div>
                <footer>© 2021 The Daily Example. All rights reserved.</footer></body></html>
                """;
        HtmlExtraction x = extractor.extract(html, "https://news.example.com/a");
        String text = String.join("\n", x.lines());
        assertTrue(text.contains("raise the river walls"));
        assertTrue(text.contains("took so long") || text.contains("taken so long"));
        assertTrue(x.lines().contains("Flood defences upgraded"));
        for (String furniture : new String[]{"Share on", "Storm warning", "Great news", "All rights", "Sport"}) {
            assertFalse(text.contains(furniture), furniture);
        }
        assertTrue(x.hints().titles().contains("Flood defences upgraded"));
        assertEquals(OffsetDateTime.parse("2021-07-04T09:30:00+01:00"), x.hints().publishedAt());
        assertEquals("Jane Doe", x.hints().authors().get(0));
        assertFalse(x.hints().markupTruncated());
    }

    @Test
    void smallCaptionsCreditsAndAuthorBoxesAreFurniture() {
        String html = """
                <html><body><div class="page"><div class="story-body">
                <p>The city council approved a plan on Monday to raise the river walls, after two winters of flooding damaged homes.</p>
                <div class="image-caption">Workers on the riverbank in March. Pictured by a staff photographer.</div>
                <p>Engineers said the work, which starts in September, would protect about 4,000 properties along the riverbank.</p>
                <span class="photo-credit">Example Picture Agency</span>
                <p>Residents welcomed the decision, although some asked why it had taken so long to reach, and others wanted more.</p>
                <div class="author-bio">Sam Example has covered the city for ten years and writes about housing and rivers.</div>
                </div></div></body></html>
                """;
        String text = String.join("\n", extractor.extract(html, null).lines());
        assertTrue(text.contains("raise the river walls") && text.contains("taken so long"), text);
        for (String furniture : new String[]{"Workers on the riverbank", "Picture Agency", "Sam Example"}) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void aLongWrapperNamedLikeACaptionIsNotFurniture() {
        String para = "<p>The city council approved a plan on Monday to raise the river walls, after two winters of flooding "
                + "damaged homes along the riverbank.</p>";
        String html = "<html><body><div class=\"caption-layout\">" + para.repeat(6) + "</div></body></html>";
        assertTrue(String.join("\n", extractor.extract(html, null).lines()).contains("raise the river walls"));
    }

    @Test
    void theArticleElementAroundTheBlockIsTakenWithItsIngredients() {
        String step = "<p>Beat the butter and the sugar until pale, then fold in the flour, a pinch of salt and the lemon zest "
                + "before you spread the batter in the tin.</p>";
        String html = "<html><body><div class=\"main\"><article class=\"recipe\"><h1>Lemon cake</h1>"
                + "<section class=\"ingredients\"><ul><li>200 g butter</li><li>180 g sugar</li><li>250 g flour</li>"
                + "<li>1 lemon</li></ul></section><div class=\"steps\">" + step.repeat(4) + "</div></article>"
                + "<div class=\"teasers\"><a href=\"/a\">More cakes</a></div></div></body></html>";
        String text = String.join("\n", extractor.extract(html, null).lines());
        assertTrue(text.contains("180 g sugar"), text);
        assertTrue(text.contains("lemon zest"), text);
    }

    @Test
    void aParagraphThatIsALinkedAddressStaysButALinkedTeaserDoesNot() {
        String para = "<p>The city council approved a plan on Monday to raise the river walls, after two winters of flooding "
                + "damaged homes along the riverbank.</p>";
        String html = "<html><body><div class=\"story\">" + para.repeat(4)
                + "<p><a href=\"https://petition.example.org\">https://petition.example.org</a></p>"
                + "<p><a href=\"/other\">Another council votes on its budget</a></p></div></body></html>";
        String text = String.join("\n", extractor.extract(html, null).lines());
        assertTrue(text.contains("https://petition.example.org"), text);
        assertFalse(text.contains("Another council"), text);
        assertTrue(HtmlExtractor.isAddress("mail.desk@example.org"));
        assertFalse(HtmlExtractor.isAddress("Write to mail.desk@example.org"));
    }

    @Test
    void textInOneDivWithLineBreaksIsSplitIntoLines() {
        String html = "<html><body><div class=\"menu\"><a>首页</a><a>新闻</a></div><div id=\"zoom\">"
                + "第一段正文,内容比较长,讲了会议的主要精神和要求。<br>第二段正文,继续讲述会议部署的各项工作任务。<br>"
                + "第三段正文,要求各地认真抓好落实,确保取得实效。</div></body></html>";
        HtmlExtraction x = extractor.extract(html, null);
        assertEquals(3, x.lines().size(), x.lines().toString());
        assertTrue(x.lines().get(0).startsWith("第一段正文"));
    }

    @Test
    void hiddenElementsAndScriptsAreNotText() {
        String html = "<html><body><div style=\"display:none\">隐藏的关键词堆砌内容,不应出现在正文里面。</div>"
                + "<script>document.write('脚本内容')</script><div><p>真正的正文内容,讲了会议的主要精神和要求,要求各地落实。</p></div></body></html>";
        String text = String.join("\n", extractor.extract(html, null).lines());
        assertFalse(text.contains("隐藏"));
        assertFalse(text.contains("脚本"));
        assertTrue(text.contains("真正的正文内容"));
    }

    @Test
    void anArticleSplitIntoSeveralWrappersIsTakenWhole() {
        String para = "<div class=\"text-wrap\"><div class=\"grid\"><p>%s</p></div></div><figure><img src=\"x.jpg\">"
                + "<figcaption>A view of the valley (Picture agency)</figcaption></figure>";
        String html = "<html><body><div class=\"menu-links\"><a href=\"/1\">Politics</a> <a href=\"/2\">Business</a></div>"
                + "<article><h1>Valley railway to reopen</h1><div class=\"body\">"
                + para.formatted("The regional government confirmed on Friday that the valley railway, closed since the landslide, "
                + "will carry passengers again from June, after engineers finished securing the slope above the tunnel.")
                + para.formatted("Local businesses, which lost most of their winter trade, said the news came as a relief, "
                + "although several hotels have already cut staff and some may not reopen before the summer.")
                + para.formatted("The operator plans an hourly service at first, with extra trains at weekends, and says tickets "
                + "bought for cancelled journeys last year will still be valid.")
                + "</div></article><div class=\"list\"><a href=\"/a\">Other news one</a> <a href=\"/b\">Other news two</a></div>"
                + "</body></html>";
        String text = String.join("\n", extractor.extract(html, "https://example.org/rail").lines());
        assertTrue(text.contains("carry passengers again"), text);
        assertTrue(text.contains("came as a relief"), text);
        assertTrue(text.contains("hourly service"), text);
        assertFalse(text.contains("Picture agency"), text);
        assertFalse(text.contains("Other news"), text);
    }
}
