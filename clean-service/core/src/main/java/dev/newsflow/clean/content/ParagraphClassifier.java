package dev.newsflow.clean.content;

import dev.newsflow.clean.lexicon.Lexicon;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.common.text.HanText;
import dev.newsflow.common.text.Spaces;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A paragraph classifier in the manner of jusText: the page is cut into blocks at block-level elements; each block
 * is classed by its length, link density and stopword density (running text is about a third function words,
 * {@code stopwords.txt}; Chinese and Japanese blocks by their sentence punctuation instead); then short and
 * near-good blocks take the class of their context (between good blocks they are good, next to bad ones bad).
 * The good blocks, in page order, are the candidate. Used by {@link MainContent} only when the DOM scorer's
 * candidate is weak.
 */
final class ParagraphClassifier {
    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

    /** Blocks shorter than this (characters) are short; longer than {@link #LENGTH_HIGH} may be good. */
    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    /** Stopword share of the words: below LOW bad, from HIGH good (long blocks), between near-good. */
    static final double STOPWORDS_LOW = 0.30;
    static final double STOPWORDS_HIGH = 0.32;
    /** Blocks with more of their text in links than this are bad. */
    static final double MAX_LINK_DENSITY = 0.2;
    /** A Han block (mostly CJK) with at least this many sentence or clause marks reads as prose. */
    static final int HAN_PUNCT_GOOD = 2;
    /** How far (in blocks) a short block looks for a good neighbour. */
    static final int MAX_HEADING_DISTANCE = 3;
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head",
            "iframe", "select", "option", "button", "textarea", "form", "nav");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "header", "footer", "aside", "figure", "figcaption", "address", "br", "hr", "body",
            "center", "details", "summary");
    private static final Set<String> STOPWORDS = new HashSet<>(Lexicon.load("stopwords.txt").terms());

    record Block(String text, int linkChars, boolean heading, Kind kind) {
    }

    /** The good blocks' text, in page order. */
    List<String> lines(Element body) {
        List<String> out = new ArrayList<>();
        for (Block b : classify(body)) {
            if (b.kind == Kind.GOOD) {
                out.add(b.text);
            }
        }
        return out;
    }

    List<Block> classify(Element body) {
        List<Block> blocks = blocks(body);
        List<Kind> kinds = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            kinds.add(initial(b));
        }
        List<Kind> ctx = new ArrayList<>(kinds);
        // short blocks: good between good ones, bad otherwise (near-good neighbours count as weak support)
        for (int i = 0; i < ctx.size(); i++) {
            if (kinds.get(i) == Kind.SHORT) {
                Kind prev = neighbour(kinds, i, -1);
                Kind next = neighbour(kinds, i, 1);
                if (prev == Kind.GOOD && next == Kind.GOOD) {
                    ctx.set(i, Kind.GOOD);
                } else if ((prev == Kind.GOOD && next == Kind.NEAR_GOOD) || (prev == Kind.NEAR_GOOD && next == Kind.GOOD)) {
                    ctx.set(i, Kind.GOOD);
                } else {
                    ctx.set(i, Kind.BAD);
                }
            }
        }
        // near-good blocks: good next to a good block
        for (int i = 0; i < ctx.size(); i++) {
            if (ctx.get(i) == Kind.NEAR_GOOD) {
                Kind prev = neighbour(ctx, i, -1);
                Kind next = neighbour(ctx, i, 1);
                ctx.set(i, prev == Kind.GOOD || next == Kind.GOOD ? Kind.GOOD : Kind.BAD);
            }
        }
        // headings just above a good block stay
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).heading && ctx.get(i) == Kind.BAD && kinds.get(i) != Kind.BAD) {
                for (int k = i + 1; k < blocks.size() && k <= i + MAX_HEADING_DISTANCE; k++) {
                    if (ctx.get(k) == Kind.GOOD) {
                        ctx.set(i, Kind.GOOD);
                        break;
                    }
                }
            }
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            out.add(new Block(b.text, b.linkChars, b.heading, ctx.get(i)));
        }
        return out;
    }

    /** The nearest class that is not short, in one direction; BAD past the edge. */
    private static Kind neighbour(List<Kind> kinds, int i, int step) {
        for (int k = i + step; k >= 0 && k < kinds.size(); k += step) {
            if (kinds.get(k) != Kind.SHORT) {
                return kinds.get(k);
            }
        }
        return Kind.BAD;
    }

    static Kind initial(Block b) {
        String text = b.text;
        int length = text.length();
        if (length > 0 && (double) b.linkChars / length > MAX_LINK_DENSITY) {
            return Kind.BAD;
        }
        int han = HanText.countHan(text);
        if (han * 2 >= Chars.contentLength(text) && han > 0) {
            int punct = Chars.countProsePunct(text);
            if (han < LENGTH_LOW / 3) {
                return Kind.SHORT;
            }
            return punct >= HAN_PUNCT_GOOD ? Kind.GOOD : punct == 1 ? Kind.NEAR_GOOD : Kind.BAD;
        }
        if (length < LENGTH_LOW) {
            return Kind.SHORT;
        }
        double stop = stopwordDensity(text);
        if (stop >= STOPWORDS_HIGH) {
            return length > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
        }
        return stop >= STOPWORDS_LOW ? Kind.NEAR_GOOD : Kind.BAD;
    }

    static double stopwordDensity(String text) {
        int words = 0;
        int stop = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (STOPWORDS.contains(w)) {
                stop++;
            }
        }
        return words == 0 ? 0 : (double) stop / words;
    }

    /** Markup that never holds the article: scripts, forms, navigation, hidden parts, consent and cookie dialogs. */
    static boolean skipped(Element e) {
        if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden")) {
            return true;
        }
        String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        return !marks.isBlank() && (marks.contains("cookie") || marks.contains("consent") || marks.contains("gdpr"));
    }

    /** The page cut at block-level elements into blocks of text, with the characters inside links. */
    static List<Block> blocks(Element body) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] links = {0};
        boolean[] heading = {false};
        int[] skipDepth = {0};
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (skipped(e)) {
                        skipDepth[0]++;
                    } else if (skipDepth[0] == 0 && BLOCKS.contains(tag)) {
                        flush();
                        heading[0] = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                    }
                    if (tag.equals("a")) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode t && skipDepth[0] == 0) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        String stripped = s.strip();
                        if (text.length() > 0 && text.charAt(text.length() - 1) != ' '
                                && Spaces.isWhitespace(s.charAt(0))) {
                            text.append(' ');
                        }
                        text.append(stripped);
                        if (Spaces.isWhitespace(s.charAt(s.length() - 1))) {
                            text.append(' ');
                        }
                        if (linkDepth[0] > 0) {
                            links[0] += stripped.length();
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (skipped(e)) {
                        skipDepth[0]--;
                    } else if (skipDepth[0] == 0 && BLOCKS.contains(tag)) {
                        flush();
                    }
                    if (tag.equals("a")) {
                        linkDepth[0]--;
                    }
                }
            }

            private void flush() {
                String s = text.toString().strip();
                if (!s.isEmpty()) {
                    out.add(new Block(s, Math.min(links[0], s.length()), heading[0], Kind.BAD));
                }
                text.setLength(0);
                links[0] = 0;
                heading[0] = false;
            }
        }, body);
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            out.add(new Block(s, Math.min(links[0], s.length()), false, Kind.BAD));
        }
        return out;
    }
}
