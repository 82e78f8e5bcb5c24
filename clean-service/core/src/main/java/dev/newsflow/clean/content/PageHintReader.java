package dev.newsflow.clean.content;

import dev.newsflow.clean.metadata.DateParser;
import dev.newsflow.clean.pipeline.PageHints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads title, date, source and author hints from a page's head and headings. */
public final class PageHintReader {
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[-|\\u2013\\u2014_]\\s+|_|\\s*\\|\\s*|\\s+-{1,2}\\s+");
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "og:release_date",
            "publishdate", "pubdate", "publish_date", "PubDate", "publishtime", "publish-time", "firstpublishedtime",
            "datePublished", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "DCTERMS.issued",
            "date", "article:modified_time"};
    private static final String[] SOURCE_META = {"ContentSource", "source", "article:source"};
    private static final String[] AUTHOR_META = {"author", "article:author", "Author", "dc.creator"};
    private final DateParser dates;

    public PageHintReader(DateParser dates) {
        this.dates = dates;
    }

    public PageHints read(Document page, boolean truncated) {
        return read(page, JsonLdArticle.read(page), truncated);
    }

    /**
     * Hints in order of trust: schema.org JSON-LD, OpenGraph and {@code article:*} meta, the meta names Chinese
     * CMSs use, {@code <time datetime>}, the date in the URL path.
     */
    public PageHints read(Document page, JsonLdArticle ld, boolean truncated) {
        Metas doc = new Metas(page);
        List<String> titles = new ArrayList<>();
        add(titles, ld.headline());
        add(titles, meta(doc, "og:title"));
        add(titles, meta(doc, "twitter:title"));
        add(titles, meta(doc, "ArticleTitle"));
        int h1s = 0;
        for (Element h1 : page.getElementsByTag("h1")) {
            if (h1s++ >= 3) {
                break;
            }
            add(titles, h1.text());
        }
        String titleTag = page.title();
        add(titles, titleTag);
        for (String part : TITLE_SEPARATORS.split(titleTag)) {
            add(titles, part);
        }
        OffsetDateTime published = dates.parseMachine(ld.datePublished());
        for (int k = 0; published == null && k < DATE_META.length; k++) {
            String name = DATE_META[k];
            published = dates.parseMachine(meta(doc, name));
        }
        if (published == null) {
            Element time = page.selectFirst("time[datetime]");
            if (time != null) {
                published = dates.parseMachine(time.attr("datetime"));
            }
        }
        if (published == null) {
            published = dates.fromUrl(page.location());
        }
        String source = null;
        for (String name : SOURCE_META) {
            String v = meta(doc, name);
            if (v != null && !v.isBlank() && v.length() <= 40) {
                source = v.strip();
                break;
            }
        }
        List<String> authors = new ArrayList<>();
        for (String a : ld.authors()) {
            if (a.length() <= 60 && authors.size() < 5) {
                authors.add(a);
            }
        }
        for (int k = 0; authors.isEmpty() && k < AUTHOR_META.length; k++) {
            String name = AUTHOR_META[k];
            String v = meta(doc, name);
            if (v != null && !v.isBlank() && v.length() <= 60 && !v.startsWith("http")) {
                authors.add(v.strip());
                break;
            }
        }
        return new PageHints(titles, published, source, authors, truncated);
    }

    private static void add(List<String> titles, String t) {
        if (t != null) {
            String s = t.strip();
            if (s.length() >= 2 && !titles.contains(s)) {
                titles.add(s);
            }
        }
    }

    /** The page's meta elements, collected once. */
    private record Metas(List<Element> elements) {
        Metas(Document page) {
            this(page.getElementsByTag("meta"));
        }
    }

    private static String meta(Metas doc, String name) {
        for (Element m : doc.elements()) {
            if (name.equalsIgnoreCase(m.attr("name")) || name.equalsIgnoreCase(m.attr("property"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String content = m.attr("content");
                if (!content.isBlank()) {
                    return content;
                }
            }
        }
        return null;
    }
}
