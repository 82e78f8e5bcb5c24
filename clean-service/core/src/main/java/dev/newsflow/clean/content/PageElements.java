package dev.newsflow.clean.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The elements the markup's metadata is read from ({@link PageHintReader}, {@link JsonLdArticle}), found in one
 * walk over the page: a lookup per kind would walk every node of a large page once each.
 *
 * @param metas     every {@code <meta>}, in document order
 * @param ldScripts the JSON-LD scripts ({@code type} holding {@code application/ld+json}, as {@code [type~=...]} would)
 * @param headings  the first {@value #HEADINGS} {@code <h1>}
 * @param time      the first {@code <time datetime>}, or null
 */
public record PageElements(List<Element> metas, List<Element> ldScripts, List<Element> headings, Element time) {
    static final int HEADINGS = 3;
    private static final Pattern LD_JSON = Pattern.compile("(?i)application/ld\\+json");

    public static PageElements of(Document page) {
        List<Element> metas = new ArrayList<>();
        List<Element> scripts = new ArrayList<>();
        List<Element> headings = new ArrayList<>();
        Element[] time = new Element[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                switch (el.normalName()) {
                    case "meta" -> metas.add(el);
                    case "script" -> {
                        if (el.hasAttr("type") && LD_JSON.matcher(el.attr("type")).find()) {
                            scripts.add(el);
                        }
                    }
                    case "h1" -> {
                        if (headings.size() < HEADINGS) {
                            headings.add(el);
                        }
                    }
                    case "time" -> {
                        if (time[0] == null && el.hasAttr("datetime")) {
                            time[0] = el;
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, page);
        return new PageElements(metas, scripts, headings, time[0]);
    }
}
