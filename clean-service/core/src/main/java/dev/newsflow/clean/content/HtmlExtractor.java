package dev.newsflow.clean.content;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.metadata.DateParser;
import dev.newsflow.clean.pipeline.PageHints;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.contracts.RemovedSpan;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in an HTML page by DOM scoring, for Chinese and English pages alike.
 * <ol>
 *   <li>Drops what is never article text (scripts, forms, {@code nav}, {@code footer}, {@code aside}) and blocks
 *   whose class or id names furniture (nav, share, comment, related, footer... also the pinyin names Chinese
 *   sites use) unless they name content and are long.</li>
 *   <li>Scores each block by the prose directly in it: one point per text run, one per clause punctuation mark,
 *   up to three for length; the block's parent gets as much and the grandparent half, so that a column of
 *   paragraphs outscores each paragraph and the page around the column scores less.
 *   The score is discounted by the share of link text.</li>
 *   <li>The best block and its strong siblings are the article. The lines handed on are the article's lines, the
 *   headline block just before it (where title, date and source sit) and a few short lines after it (editor).</li>
 * </ol>
 */
public final class HtmlExtractor {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "template",
            "object", "embed", "select", "button", "input", "textarea", "nav", "footer", "aside", "form", "link",
            "meta", "canvas", "video", "audio", "map", "rt", "rp", "figcaption");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "td", "th", "table", "tbody", "section", "article", "header", "main", "blockquote", "pre", "dd",
            "dt", "dl", "center", "br", "hr", "figure", "figcaption", "address", "body", "caption");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|content|main|body|entry|post|story|text|detail|zoom|zw|trs_editor|con_|_con");
    private static final int KEEP_LONG_NEGATIVE = 200;
    private static final double MOST_OF_THE_PAGE = 0.5;
    /** Removed elements whose text is code or markup, not worth an audit entry. */
    private static final Set<String> SILENT_TAGS = Set.of("script", "style", "noscript", "template", "svg", "link", "meta",
            "rt", "rp");
    private static final int MAX_AUDITED = 50;
    private static final int HEAD_LINES = 12;
    private static final int TAIL_LINES = 5;
    private static final int MAX_WALK_UP = 40;
    /** A parent is climbed to when it adds at least this share of the block's prose score ... */
    private static final double WIDEN_MIN_GAIN = 0.15;
    /** ... and at least this prose score (about one paragraph), ... */
    private static final double WIDEN_MIN_SCORE = 8;
    /** ... at least this share of the block's prose density (score per character) ... */
    private static final double WIDEN_DENSITY = 0.5;
    /** ... and no more than this share of link text in what it adds. */
    private static final double WIDEN_MAX_LINKS = 0.3;
    /** An {@code <article>} around the block is taken when it adds at most this share of the block's text. */
    private static final double ARTICLE_MAX_EXTRA = 1.0;
    private final PageHintReader hintReader = new PageHintReader(new DateParser());

    public HtmlExtraction extract(String html, String baseUrl) {
        Document doc = Markup.parse(html, baseUrl);
        return extract(doc, hintReader.read(doc, markupTruncated(html)));
    }

    /** Whether the markup ends before its closing tags (a body cut by a size limit). */
    public static boolean markupTruncated(String html) {
        String tail = html.length() > 4096 ? html.substring(html.length() - 4096) : html;
        return !Chars.containsAnyIgnoreCase(tail, "</html", "</body");
    }

    /** The DOM scorer's article of a parsed page; prunes {@code doc} in place. */
    public HtmlExtraction extract(Document doc, PageHints hints) {
        Element body = doc.body();
        if (body == null) {
            return new HtmlExtraction(List.of(), hints, List.of());
        }
        List<RemovedSpan> removed = new ArrayList<>();
        Map<Element, Integer> textLengths = new IdentityHashMap<>();
        Map<TextNode, String> preformatted = collapseWhitespace(body, textLengths);
        prune(body, removed, textLengths);
        Map<Element, Stats> stats = measure(body);
        List<Element> article = chooseArticle(body, stats);
        List<String> headBlock = new ArrayList<>();
        return new HtmlExtraction(lines(body, article, headBlock, preformatted), hints, removed, headBlock);
    }

    /**
     * Sets each text node to its {@link TextNode#text()} (whitespace runs collapsed), once for the passes that read
     * it, so that they read {@link TextNode#getWholeText()} and keep no map. Returns the text as written of the
     * nodes inside {@code <pre>} that changed, whose line breaks the lines keep. In the same pass, when
     * {@code textLengths} is given, the length of the text under every element, bottom-up (a check per element
     * would be quadratic).
     */
    private static Map<TextNode, String> collapseWhitespace(Element root, Map<Element, Integer> textLengths) {
        Map<TextNode, String> preformatted = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String whole = t.getWholeText();
                    if (!collapsed(whole)) {
                        if (preDepth > 0) {
                            preformatted.put(t, whole);
                        }
                        t.text(t.text());
                    }
                    if (textLengths != null && t.parent() != null) {
                        textLengths.merge(t.parent(), Chars.strippedLength(t.getWholeText()), Integer::sum);
                    }
                } else if (node instanceof Element el && el.normalName().equals("pre")) {
                    preDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                if (el.normalName().equals("pre")) {
                    preDepth--;
                }
                Integer own = textLengths == null ? null : textLengths.get(el);
                if (own != null && el.parent() != null) {
                    textLengths.merge(el.parent(), own, Integer::sum);
                }
            }
        }, root);
        return preformatted;
    }

    /**
     * Whether {@link TextNode#text()} would leave the text as it is: no whitespace but single spaces, and none of
     * the characters it drops as invisible (checked broadly: anything in the format and space blocks goes the slow
     * way).
     */
    static boolean collapsed(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' ? c != ' ' || previous == ' '
                    : c == '\u00a0' || c == '\u00ad' || (c >= '\u2000' && c <= '\u206f') || c == '\u3000' || c == '\ufeff') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static void prune(Element body, List<RemovedSpan> removed, Map<Element, Integer> textLengths) {
        int bodyText = Math.max(1, textLengths.getOrDefault(body, 0));
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element el && el != body && (DROP_TAGS.contains(el.normalName())
                        || isFurniture(el, textLengths) || isHidden(el))
                        && !holdsMostOfThePage(el, textLengths, bodyText)) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY; // whatever is inside goes with it
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Node n : doomed) {
            if (n instanceof Element el && !SILENT_TAGS.contains(el.normalName()) && removed.size() < MAX_AUDITED) {
                String text = el.text();
                if (text.length() >= 2) {
                    removed.add(new RemovedSpan("markup", text.length() > 200 ? text.substring(0, 200) + "…" : text,
                            "<" + el.normalName() + (el.className().isEmpty() ? "" : " class=" + el.className())
                                    + (el.id().isEmpty() ? "" : " id=" + el.id()) + "> is page furniture"));
                }
            }
            n.remove();
        }
    }

    /**
     * A wrapper that holds most of the page's text is the page, whatever its name says ({@code Page-ad-margins},
     * the {@code <form>} of ASP.NET pages): pruning it would leave nothing.
     */
    private static boolean holdsMostOfThePage(Element el, Map<Element, Integer> textLengths, int bodyText) {
        return !SILENT_TAGS.contains(el.normalName()) && textLengths.getOrDefault(el, 0) >= bodyText * MOST_OF_THE_PAGE;
    }

    private static boolean isHidden(Element el) {
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden") || el.hasAttr("hidden");
    }

    private static boolean isFurniture(Element el, Map<Element, Integer> textLengths) {
        // class and id are tested one by one, as the words they were once joined by a space for would be: no
        // furniture word or content word holds a space
        String className = el.className();
        String id = el.id();
        if (!FurnitureNames.names(className) && !FurnitureNames.names(id)) {
            // captions, credits, author boxes, disclosures: furniture when small, whatever else the name says
            return (FurnitureNames.namesSmall(className) || FurnitureNames.namesSmall(id))
                    && textLengths.getOrDefault(el, 0) < FurnitureNames.SMALL_FURNITURE_CHARS
                    && !HEADINGS.contains(el.normalName()); // a utility class on a headline (caption-s5) names a style
        }
        boolean namesContent = POSITIVE.matcher(className).find() || POSITIVE.matcher(id).find();
        return !namesContent || textLengths.getOrDefault(el, 0) < KEEP_LONG_NEGATIVE;
    }

    /** Per element: text length, link text length and prose score, in one pass. */
    private static Map<Element, Stats> measure(Element body) {
        // in the order elements are first met (jsoup nodes are equal only to themselves): the best block is chosen
        // by iterating this map, and a tie must not be broken by identity hash codes, which vary with unrelated code
        Map<Element, Stats> stats = new java.util.LinkedHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) {
                    linkDepth++;
                }
                if (!(node instanceof TextNode t)) {
                    return;
                }
                String text = t.getWholeText().strip();
                if (text.isEmpty()) {
                    return;
                }
                Element parent = t.parent();
                if (parent == null) {
                    return;
                }
                Stats s = stats.computeIfAbsent(parent, k -> new Stats());
                s.text += text.length();
                if (linkDepth > 0) {
                    s.links += text.length();
                }
                int len = Chars.contentLength(text);
                if (len < 8 || linkDepth > 0) {
                    return;
                }
                double score = 1 + Chars.countClausePunct(text) + Math.min(len / 50.0, 3);
                Element block = parent;
                for (int up = 0; up < MAX_WALK_UP && block != null && !BLOCK_TAGS.contains(block.normalName()); up++) {
                    block = block.parent();
                }
                if (block == null) {
                    return;
                }
                Stats own = stats.computeIfAbsent(block, k -> new Stats());
                own.score += score;
                own.deep += score;
                Element column = block.parent();
                if (column != null) {
                    stats.computeIfAbsent(column, k -> new Stats()).score += score;
                    Element grand = column.parent();
                    if (grand != null) {
                        stats.computeIfAbsent(grand, k -> new Stats()).score += score / 2;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                if (el.normalName().equals("a")) {
                    linkDepth--;
                }
                Stats s = stats.get(el);
                Element parent = el.parent();
                if (s != null && parent != null) {
                    Stats p = stats.computeIfAbsent(parent, k -> new Stats());
                    p.text += s.text;
                    p.links += s.links;
                    p.deep += s.deep;
                }
            }
        }, body);
        return stats;
    }

    private static List<Element> chooseArticle(Element body, Map<Element, Stats> stats) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Stats> e : stats.entrySet()) {
            double score = e.getValue().adjusted();
            // on a tie the smaller block wins: its parent only adds what is not article
            if (score > bestScore + 1e-9 || (best != null && Math.abs(score - bestScore) <= 1e-9
                    && e.getValue().text < stats.get(best).text)) {
                bestScore = score;
                best = e.getKey();
            }
        }
        List<Element> article = new ArrayList<>();
        if (best == null) {
            article.add(body);
            return article;
        }
        best = widen(best, body, stats);
        bestScore = Math.max(bestScore, stats.get(best).adjusted());
        Element parent = best.parent();
        if (parent == null || best == body) {
            article.add(best);
            return article;
        }
        for (Element sibling : parent.children()) {
            Stats s = stats.get(sibling);
            if (sibling == best || (s != null && s.adjusted() >= bestScore * 0.3 && s.linkDensity() < 0.3)) {
                article.add(sibling);
            }
        }
        return article;
    }

    /**
     * Climbs from the best block to its parent while what the parent adds is more of the same: prose as dense as
     * the block's and few links (an article that a CMS splits into several wrappers between images or ads; a
     * lead paragraph in its own box). A parent that adds link lists, teasers or short furniture is not taken.
     */
    static Element widen(Element best, Element body, Map<Element, Stats> stats) {
        Element current = best;
        Element candidate = best;
        for (int up = 0; up < MAX_WALK_UP && candidate != body; up++) {
            candidate = candidate.parent();
            if (candidate == body) {
                break; // the whole page is never the article's container
            }
            Stats c = stats.get(current);
            Stats p = candidate == null ? null : stats.get(candidate);
            if (p == null || c == null || c.deep <= 0 || c.text == 0) {
                break;
            }
            double extraDeep = p.deep - c.deep;
            int extraText = p.text - c.text;
            int extraLinks = p.links - c.links;
            if (candidate.normalName().equals("article") && extraText <= c.text * ARTICLE_MAX_EXTRA
                    && (double) extraLinks / Math.max(1, extraText) <= WIDEN_MAX_LINKS) {
                // the page's own article element: its other parts (ingredients, facts box, lead) belong to it
                current = candidate;
                continue;
            }
            if (extraDeep < c.deep * WIDEN_MIN_GAIN || extraDeep < WIDEN_MIN_SCORE) {
                if (extraText > c.text * WIDEN_MIN_GAIN) {
                    break; // the parent adds text, but not prose
                }
                continue; // a wrapper adding nothing: look one level higher
            }
            double density = c.deep / c.text;
            double extraDensity = extraDeep / Math.max(1, extraText);
            if (extraDensity < density * WIDEN_DENSITY || (double) extraLinks / Math.max(1, extraText) > WIDEN_MAX_LINKS) {
                break;
            }
            current = candidate;
        }
        return current;
    }

    /** The lines of one element (e.g. another extractor's article), links of mostly-link lines left out. */
    public static List<String> linesOf(Element root) {
        LineCollector collector = new LineCollector(List.of(root), collapseWhitespace(root, null));
        NodeTraversor.traverse(collector, root);
        collector.flush();
        List<String> out = new ArrayList<>();
        for (LineCollector.Line l : collector.lines) {
            if (l.linkDensity() <= 0.5) {
                out.add(l.text.toString());
            }
        }
        return out;
    }

    private static List<String> lines(Element body, List<Element> article, List<String> headBlock,
                                      Map<TextNode, String> preformatted) {
        LineCollector collector = new LineCollector(article, preformatted);
        NodeTraversor.traverse(collector, body);
        collector.flush();
        List<LineCollector.Line> all = collector.lines;
        int first = -1;
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).inArticle) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        List<String> out = new ArrayList<>();
        if (first < 0) {
            for (LineCollector.Line l : all) {
                if (l.linkDensity() <= 0.5) {
                    out.add(l.text.toString());
                }
            }
            return out;
        }
        int from = Math.max(0, first - HEAD_LINES);
        for (int i = from; i < first; i++) {
            if (all.get(i).headline) {
                from = i;
                break;
            }
        }
        int to = last;
        for (int i = last + 1; i < all.size() && i <= last + TAIL_LINES; i++) {
            // Chinese pages close the article with short lines outside it (责任编辑, 来源) that the metadata filter
            // reads; elsewhere the lines after an article are its furniture (more on this, comments, newsletter)
            if (Chars.contentLength(all.get(i).text) > 40 || HanText.countHan(all.get(i).text) == 0) {
                break;
            }
            to = i;
        }
        for (int i = from; i <= to; i++) {
            LineCollector.Line l = all.get(i);
            // a paragraph of the article that is a linked web or mail address is still its text
            if (l.linkDensity() <= 0.5 || (l.inArticle && l.paragraph && isAddress(l.text))) {
                out.add(l.text.toString());
                if (i < first) {
                    headBlock.add(l.text.toString());
                }
            }
        }
        return out;
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /** Whether a line is, whole, a web or mail address. */
    static boolean isAddress(CharSequence line) {
        return line.length() <= 200 && ADDRESS.matcher(line).matches();
    }

    private static final class Stats {
        int text;
        int links;
        /** Prose score of the blocks directly holding text, this element's own block level. */
        double score;
        /** Prose score of every block under this element, however deep. */
        double deep;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }

        double adjusted() {
            return score * (1 - linkDensity());
        }
    }

    /** Turns the pruned DOM into lines: block elements and {@code <br>} end a line. */
    private static final class LineCollector implements NodeVisitor {
        final List<Line> lines = new ArrayList<>();
        private final Set<Element> article;
        /** The text as written of the {@code <pre>} text nodes {@link #collapseWhitespace} changed. */
        private final Map<TextNode, String> preformatted;
        private Line current = new Line();
        private int articleDepth;
        private int linkDepth;
        private int preDepth;
        private int headingDepth;
        private int paragraphDepth;

        LineCollector(List<Element> article, Map<TextNode, String> preformatted) {
            this.preformatted = preformatted;
            this.article = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            this.article.addAll(article);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = preDepth > 0 ? preformatted.getOrDefault(t, t.getWholeText()) : t.getWholeText();
                if (preDepth > 0 && text.indexOf('\n') >= 0) {
                    String[] parts = text.split("\n", -1);
                    for (int i = 0; i < parts.length; i++) {
                        if (i > 0) {
                            flush();
                        }
                        append(parts[i]);
                    }
                } else {
                    append(text);
                }
                return;
            }
            if (!(node instanceof Element el)) {
                return;
            }
            String tag = el.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
            if (article.contains(el)) {
                articleDepth++;
            }
            switch (tag) {
                case "a" -> linkDepth++;
                case "pre" -> preDepth++;
                case "h1", "h2" -> headingDepth++;
                case "p" -> paragraphDepth++;
                default -> {
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            String tag = el.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
            if (article.contains(el)) {
                articleDepth--;
            }
            switch (tag) {
                case "a" -> linkDepth--;
                case "pre" -> preDepth--;
                case "h1", "h2" -> headingDepth--;
                case "p" -> paragraphDepth--;
                default -> {
                }
            }
        }

        private void append(String text) {
            if (text.isBlank()) {
                if (current.text.length() > 0) {
                    current.text.append(' ');
                }
                return;
            }
            current.text.append(text);
            if (linkDepth > 0) {
                current.linkChars += text.length();
            }
            if (articleDepth > 0) {
                current.inArticle = true;
            }
            if (headingDepth > 0) {
                current.headline = true;
            }
            if (paragraphDepth > 0) {
                current.paragraph = true;
            }
        }

        void flush() {
            String s = current.text.toString().strip();
            if (!s.isEmpty()) {
                current.text.setLength(0);
                current.text.append(s);
                lines.add(current);
            }
            current = new Line();
        }

        static final class Line {
            final StringBuilder text = new StringBuilder();
            int linkChars;
            boolean inArticle;
            boolean headline;
            /** Some of its text is inside a {@code <p>}. */
            boolean paragraph;

            double linkDensity() {
                return text.length() == 0 ? 0 : (double) linkChars / text.length();
            }
        }
    }
}
