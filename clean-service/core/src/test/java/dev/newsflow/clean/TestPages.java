package dev.newsflow.clean;

import java.nio.charset.Charset;

/** Test pages built from the seeds. */
public final class TestPages {
    private TestPages() {
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
