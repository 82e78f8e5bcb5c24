package dev.newsflow.clean.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The article as schema.org JSON-LD describes it ({@code <script type="application/ld+json">}): headline,
 * datePublished, authors, publisher and, where the site includes it, the full {@code articleBody}. The first
 * object whose {@code @type} is an article kind wins; {@code @graph} and arrays are searched.
 */
public record JsonLdArticle(String headline, String datePublished, List<String> authors, String publisher,
                            String articleBody) {
    public static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), null, null);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_SCRIPT = 2 * 1024 * 1024;

    public static JsonLdArticle read(Document page) {
        return read(PageElements.of(page));
    }

    public static JsonLdArticle read(PageElements elements) {
        for (Element script : elements.ldScripts()) {
            String json = script.data();
            if (json.isBlank() || json.length() > MAX_SCRIPT) {
                continue;
            }
            try {
                JsonNode article = findArticle(MAPPER.readTree(json.strip()), 0);
                if (article != null) {
                    return of(article);
                }
            } catch (Exception e) {
                // a page's broken JSON-LD is no reason to fail the page: other evidence remains
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type")) && (node.hasNonNull("headline") || node.hasNonNull("articleBody"))) {
            return node;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
            return findArticle(graph, depth + 1);
        }
        return findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("posting")
                || t.equals("webpage") || t.equals("liveblogposting") || t.equals("reviewnewsarticle");
    }

    private static JsonLdArticle of(JsonNode a) {
        List<String> authors = new ArrayList<>();
        collectNames(a.get("author"), authors);
        List<String> publisher = new ArrayList<>();
        collectNames(a.get("publisher"), publisher);
        return new JsonLdArticle(text(a.get("headline")), text(a.get("datePublished")), authors,
                publisher.isEmpty() ? null : publisher.get(0), text(a.get("articleBody")));
    }

    private static void collectNames(JsonNode node, List<String> out) {
        if (node == null || out.size() >= 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectNames(n, out));
        } else if (node.isObject()) {
            String name = text(node.get("name"));
            if (name != null) {
                out.add(name);
            }
        } else if (node.isTextual() && !node.asText().isBlank() && !node.asText().startsWith("http")) {
            out.add(node.asText().strip());
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
