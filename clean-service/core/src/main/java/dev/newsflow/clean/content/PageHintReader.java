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
        PageElements elements = PageElements.of(page);
        return read(page, elements, JsonLdArticle.read(elements), truncated);
    }

    /**
     * Hints in order of trust: schema.org JSON-LD, OpenGraph and {@code article:*} meta, the meta names Chinese
     * CMSs use, {@code <time datetime>}, the date in the URL path.
     */
    public PageHints read(Document page, PageElements elements, JsonLdArticle ld, boolean truncated) {
        List<Element> metas = elements.metas();
        List<String> titles = new ArrayList<>();
        add(titles, ld.headline());
        add(titles, meta(metas, "og:title"));
        add(titles, meta(metas, "twitter:title"));
        add(titles, meta(metas, "ArticleTitle"));
        for (Element h1 : elements.headings()) {
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
            published = dates.parseMachine(meta(metas, name));
        }
        if (published == null) {
            Element time = elements.time();
            if (time != null) {
                published = dates.parseMachine(time.attr("datetime"));
            }
        }
        if (published == null) {
            published = dates.fromUrl(page.location());
        }
        String source = null;
        for (String name : SOURCE_META) {
            String v = meta(metas, name);
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
            String v = meta(metas, name);
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

    private static String meta(List<Element> metas, String name) {
        for (Element m : metas) {
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
