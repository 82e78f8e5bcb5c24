package dev.newsflow.clean.content;

import dev.newsflow.clean.metadata.DateParser;
import dev.newsflow.clean.pipeline.PageHints;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.common.text.HanText;
import dev.newsflow.contracts.RemovedSpan;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The article of an HTML page, in the manner of trafilatura's fallbacks: the DOM scorer ({@link HtmlExtractor})
 * first; only when its candidate is weak (short, or little prose), a Readability candidate (readability4j), a
 * jusText-style paragraph classifier's candidate ({@link ParagraphClassifier}) and the page's JSON-LD
 * {@code articleBody} are compared with it ({@link #choose}).
 */
public final class MainContent {
    /** Below this many content units (Han characters or words) the DOM candidate is weak and is compared. */
    static final int WEAK_LENGTH = 250;
    /** A fallback replaces the weak DOM candidate only when it is at least this much longer. */
    static final double LONGER = 1.5;
    /**
     * Pages beyond these bounds get no Readability pass: its cost grows faster than the page (seconds on
     * deeply nested or multi-megabyte markup), while the DOM scorer's stays linear.
     */
    static final int MAX_READABILITY_ELEMENTS = 15_000;
    static final int MAX_READABILITY_DEPTH = 80;
    static final int MAX_READABILITY_CHARS = 1_500_000;
    /** Real pages carry a few hundred characters of markup per element; a run of tens of thousands is not a page. */
    static final int MAX_CHARS_PER_ELEMENT = 5_000;
    /** Pages whose DOM candidate was weak, and of those the ones given a Readability pass (for the benchmarks). */
    private static final LongAdder WEAK_CANDIDATES = new LongAdder();
    private static final LongAdder READABILITY_RUNS = new LongAdder();
    private final HtmlExtractor dom = new HtmlExtractor();
    private final PageHintReader hintReader = new PageHintReader(new DateParser());
    private final ParagraphClassifier classifier = new ParagraphClassifier();
    /** A candidate's tokens shared by at least this many candidates are the agreed content. */
    static final int AGREED = 2;
    /** Agreed content a candidate holds counts 1 a token; content only it or a minority holds costs this much. */
    static final double MINORITY_COST = 0.5;

    static final String PARAGRAPHS = "paragraph classifier";

    record Candidate(String name, List<String> lines) {
    }

    public HtmlExtraction extract(String html, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        Document page = Markup.parse(html, base);
        PageElements elements = PageElements.of(page);
        JsonLdArticle ld = JsonLdArticle.read(elements);
        PageHints hints = hintReader.read(page, elements, ld, HtmlExtractor.markupTruncated(html));
        HtmlExtraction first = dom.extract(page, hints);
        int firstLength = length(first.lines());
        if (firstLength >= WEAK_LENGTH) {
            return first;
        }
        WEAK_CANDIDATES.increment();
        // only here, for weak candidates: a fresh parse (the first was pruned) for the checks and for Readability;
        // a fallback cannot find more text than the page holds, and Readability's passes are slow on huge DOMs
        boolean worthReadability = html.length() <= MAX_READABILITY_CHARS;
        Document fresh = Markup.parse(html, base);
        int pageLength = fresh.body() == null ? 0 : Chars.contentLength(fresh.body().text());
        worthReadability &= pageLength > firstLength * LONGER && readableShape(fresh, html.length());
        // blogs that ship the post as HTML inside <script type="text/template">: read it as markup
        unwrapArticleTemplates(fresh);
        // the classifier first: Readability takes its article out of the tree it reads
        List<String> paragraphs = fresh.body() == null ? List.of() : classifier.lines(fresh.body());
        List<String> readability = worthReadability ? readability(base, fresh) : List.of();
        List<String> ldBody = ld.articleBody() == null ? List.of()
                : Arrays.asList(ld.articleBody().split("\\s*\\n\\s*"));
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(null, first.lines()));
        candidates.add(new Candidate("readability", readability));
        candidates.add(new Candidate(PARAGRAPHS, paragraphs));
        candidates.add(new Candidate("json-ld articleBody", ldBody));
        Candidate chosen = choose(candidates, firstLength);
        if (chosen.name() == null) {
            return first;
        }
        List<String> best = chosen.lines();
        String choice = chosen.name();
        List<RemovedSpan> removed = new ArrayList<>(first.removed());
        removed.add(new RemovedSpan("extraction", clip(String.join(" ", first.lines())),
                "weak DOM candidate replaced by the " + choice + " candidate"));
        // the DOM candidate's head (headline, date, source lines) stays: the fallback holds only the body
        List<String> head = headOf(first.lines(), best);
        List<String> lines = new ArrayList<>(head);
        lines.addAll(best);
        return new HtmlExtraction(lines, hints, removed, head);
    }

    /**
     * Which candidate replaces the weak DOM one. Only fallbacks {@link #LONGER} times longer than it compete. When
     * one does, it wins; when several do (Readability and JSON-LD), the candidates vote, as trafilatura compares its
     * result with its fallbacks: every token (word, or Han character pair) of a competitor that at least
     * {@link #AGREED} candidates (the DOM one and the paragraph classifier's included) contain counts for it, every
     * other token costs {@link #MINORITY_COST}; a candidate that is the whole page gains the agreed text but pays for
     * its navigation. The paragraph classifier's candidate, measured less complete than Readability's on web-eval,
     * wins only when no other fallback competes.
     */
    static Candidate choose(List<Candidate> candidates, int firstLength) {
        Candidate dom = candidates.get(0);
        List<Candidate> present = new ArrayList<>();
        List<Candidate> longer = new ArrayList<>();
        Candidate paragraphs = null;
        for (Candidate c : candidates) {
            int n = length(c.lines());
            if (n > 0) {
                present.add(c);
            }
            if (c != dom && n > firstLength * LONGER) {
                if (PARAGRAPHS.equals(c.name())) {
                    paragraphs = c;
                } else {
                    longer.add(c);
                }
            }
        }
        if (longer.isEmpty()) {
            // measured on web-eval, the classifier's text alone is less complete than Readability's: it is the
            // candidate of last resort, and a voter
            return paragraphs != null ? paragraphs : dom;
        }
        if (longer.size() == 1 || present.size() < 3) {
            return longest(longer);
        }
        // several fallbacks stand out from the weak DOM candidate: the vote of all candidates picks among them
        List<Set<String>> tokens = new ArrayList<>();
        Map<String, Integer> support = new HashMap<>();
        for (Candidate c : present) {
            Set<String> t = tokens(c.lines());
            tokens.add(t);
            for (String k : t) {
                support.merge(k, 1, Integer::sum);
            }
        }
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < present.size(); i++) {
            if (!longer.contains(present.get(i))) {
                continue;
            }
            double score = 0;
            for (String k : tokens.get(i)) {
                score += support.get(k) >= AGREED ? 1 : -MINORITY_COST;
            }
            if (score > bestScore) {
                bestScore = score;
                best = present.get(i);
            }
        }
        return best;
    }

    private static Candidate longest(List<Candidate> candidates) {
        Candidate best = candidates.get(0);
        for (Candidate c : candidates) {
            if (length(c.lines()) > length(best.lines())) {
                best = c;
            }
        }
        return best;
    }

    /** Lower-case words and Han character pairs of the lines. */
    static Set<String> tokens(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            int i = 0;
            while (i < lower.length()) {
                char c = lower.charAt(i);
                if (HanText.isHan(c)) {
                    if (i + 1 < lower.length() && HanText.isHan(lower.charAt(i + 1))) {
                        out.add(lower.substring(i, i + 2));
                    }
                    i++;
                } else if (Character.isLetterOrDigit(c)) {
                    int j = i;
                    while (j < lower.length() && Character.isLetterOrDigit(lower.charAt(j))
                            && !HanText.isHan(lower.charAt(j))) {
                        j++;
                    }
                    out.add(lower.substring(i, j));
                    i = j;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** Markup in client-side templates that reads like an article (paragraphs), below this many characters not. */
    static final int MIN_TEMPLATE_CHARS = 500;

    /**
     * Replaces each {@code <script type="text/template">} (or {@code text/x-template}) of literal article markup
     * (paragraphs, no template code such as {@code <%} or <code>{{</code>, not a consent dialog) with that markup,
     * parsed, so that the fallbacks read it (blog platforms ship the post so); true when one was.
     */
    static boolean unwrapArticleTemplates(Document page) {
        boolean any = false;
        for (Element script : page.select(TEMPLATES)) {
            if (articleTemplate(script.data())) {
                Element div = new Element("div");
                div.html(script.data());
                script.replaceWith(div);
                any = true;
            }
        }
        return any;
    }

    private static boolean articleTemplate(String data) {
        if (data.length() < MIN_TEMPLATE_CHARS || !data.contains("<p") || data.contains("<%") || data.contains("{{")) {
            return false;
        }
        String lower = data.toLowerCase(Locale.ROOT);
        return !lower.contains("cookie") && !lower.contains("consent");
    }

    private static final String TEMPLATES = "script[type=text/template], script[type=text/x-template]";

    private static boolean readableShape(Document page, int markupChars) {
        int[] elements = {0};
        int[] depth = {0};
        NodeTraversor.traverse((node, d) -> {
            if (node instanceof Element) {
                elements[0]++;
                depth[0] = Math.max(depth[0], d);
            }
        }, page);
        return elements[0] <= MAX_READABILITY_ELEMENTS && depth[0] <= MAX_READABILITY_DEPTH
                && markupChars <= (long) Math.max(1, elements[0]) * MAX_CHARS_PER_ELEMENT;
    }

    /** Pages (in this process) whose DOM candidate was weak, so that the fallbacks were compared. */
    public static long weakCandidates() {
        return WEAK_CANDIDATES.sum();
    }

    /** Pages (in this process) given a Readability pass, the costly fallback. */
    public static long readabilityRuns() {
        return READABILITY_RUNS.sum();
    }

    private static List<String> readability(String base, Document page) {
        READABILITY_RUNS.increment();
        try {
            Article article = new Readability4J(base, page).parse();
            Element content = article.getArticleContent();
            return content == null ? List.of() : HtmlExtractor.linesOf(content);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // the fallback failing leaves the first candidate
        }
    }

    /** Lines of the first candidate before the first line the fallback shares with it. */
    private static List<String> headOf(List<String> first, List<String> fallback) {
        List<String> head = new ArrayList<>();
        Set<String> shared = new HashSet<>(fallback);
        for (String line : first) {
            if (shared.contains(line) || Chars.contentLength(line) > 40) {
                break;
            }
            head.add(line);
        }
        return head;
    }

    static int length(List<String> lines) {
        int n = 0;
        for (String l : lines) {
            n += Chars.contentLength(l);
        }
        return n;
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
