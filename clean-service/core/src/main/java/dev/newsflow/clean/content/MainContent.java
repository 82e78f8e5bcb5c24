package dev.newsflow.clean.content;

import dev.newsflow.clean.metadata.DateParser;
import dev.newsflow.clean.pipeline.PageHints;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.contracts.RemovedSpan;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The article of an HTML page, in the manner of trafilatura's fallbacks: the DOM scorer ({@link HtmlExtractor})
 * first; only when its candidate is weak (short, or little prose), a Readability candidate (readability4j) and the
 * page's JSON-LD {@code articleBody} are compared with it, and the candidate the evidence agrees on wins.
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

    public HtmlExtraction extract(String html, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        Document page = Markup.parse(html, base);
        JsonLdArticle ld = JsonLdArticle.read(page);
        PageHints hints = hintReader.read(page, ld, HtmlExtractor.markupTruncated(html));
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
        List<String> best = first.lines();
        int bestLength = firstLength;
        String choice = null;
        List<String> readability = worthReadability ? readability(base, fresh) : List.of();
        int rLength = length(readability);
        if (rLength > bestLength * LONGER) {
            best = readability;
            bestLength = rLength;
            choice = "readability";
        }
        if (ld.articleBody() != null) {
            List<String> body = Arrays.asList(ld.articleBody().split("\\s*\\n\\s*"));
            int ldLength = length(body);
            if (ldLength > bestLength * LONGER) {
                best = body;
                choice = "json-ld articleBody";
            }
        }
        if (choice == null) {
            return first;
        }
        List<RemovedSpan> removed = new ArrayList<>(first.removed());
        removed.add(new RemovedSpan("extraction", clip(String.join(" ", first.lines())),
                "weak DOM candidate replaced by the " + choice + " candidate"));
        // the DOM candidate's head (headline, date, source lines) stays: the fallback holds only the body
        List<String> head = headOf(first.lines(), best);
        List<String> lines = new ArrayList<>(head);
        lines.addAll(best);
        return new HtmlExtraction(lines, hints, removed, head);
    }

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
        java.util.Set<String> shared = new java.util.HashSet<>(fallback);
        for (String line : first) {
            if (shared.contains(line) || Chars.contentLength(line) > 40) {
                break;
            }
            head.add(line);
        }
        return head;
    }

    private static int length(List<String> lines) {
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
