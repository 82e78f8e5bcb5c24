package dev.newsflow.clean;

import java.nio.charset.Charset;

/** Test pages built from the seeds. */
public final class TestPages {
    private TestPages() {
    }

    /**
     * About 100 KB of HTML as news sites serve it: one seed article (a few KB of text) in markup made of scripts,
     * styles, menus and link lists.
     */
    public static RawInput typicalPage(String seed, String metaCharset, Charset encoding) {
        String page = NewsPageTemplate.render(SeedCorpus.text(seed), metaCharset);
        StringBuilder padding = new StringBuilder();
        padding.append("<script>\n");
        for (int i = 0; i < 300; i++) {
            padding.append("function f").append(i).append("(a,b){var x=a+b;if(x>").append(i)
                    .append("){return document.getElementById('m").append(i).append("');}return null;}\n");
        }
        padding.append("</script>\n<style>\n");
        for (int i = 0; i < 200; i++) {
            padding.append(".c").append(i).append("{margin:0 auto;padding:").append(i % 9).append("px;color:#333;}\n");
        }
        padding.append("</style>\n");
        StringBuilder menu = new StringBuilder("<div class=\"menu-list\"><ul>");
        int i = 0;
        while (padding.length() + menu.length() + page.length() < 100 * 1024 - 200) {
            menu.append("<li class=\"item\"><a href=\"/channel/").append(i).append("/index.html\" title=\"栏目\">栏目名称")
                    .append(i++).append("</a></li>");
        }
        menu.append("</ul></div>");
        page = page.replace("</head>", padding + "</head>").replace("<div class=\"main clearfix\">", menu + "<div class=\"main clearfix\">");
        return new RawInput(null, "http://www.example.gov.cn/a.html", page.getBytes(encoding), "text/html", null, null);
    }

    /** About 100 KB of HTML: three seed articles one after the other inside the news template. */
    public static RawInput hundredKilobytePage(String metaCharset, Charset encoding) {
        String text = SeedCorpus.text("004_6d5c91850a0c92e6.txt") + "\n" + SeedCorpus.text("000_a3ac9358073b0112.txt")
                + "\n" + SeedCorpus.text("002_6e19e248d2b4a2dc.txt") + "\n" + SeedCorpus.text("001_3d8e36136f418278.txt");
        String page = NewsPageTemplate.render(text, metaCharset);
        while (page.getBytes(encoding).length < 100 * 1024) {
            page = page.replace("</body>", "<div class=\"footer-links\">" + "<a href=\"/x\">友情链接单位网站</a> ".repeat(40)
                    + "</div></body>");
        }
        return new RawInput(null, "http://www.example.gov.cn/a.html", page.getBytes(encoding), "text/html", null, null);
    }
}
