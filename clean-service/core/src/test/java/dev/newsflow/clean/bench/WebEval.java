package dev.newsflow.clean.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The web-eval set scored as its README says: whitespace collapsed on both sides, every {@code with} string found
 * is a true positive (missing: false negative), every {@code without} string found a false positive; micro
 * precision, recall and F1 over all strings of all pages.
 */
final class WebEval {
    record Page(String url, String file, byte[] body, List<String> with, List<String> without) {
    }

    record PageResult(Page page, String text, List<String> missed, List<String> leaked, String error) {
    }

    static final class Score {
        int tp;
        int fn;
        int fp;
        int tn;
        int empty;
        int emptyExpected;
        final List<PageResult> results = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private WebEval() {
    }

    static boolean available() {
        return Files.isRegularFile(EvalData.webEval().resolve("evaldata.json"));
    }

    static List<Page> load() {
        Path dir = EvalData.webEval();
        try {
            JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String file = e.getValue().path("file").asText();
                Path gz = dir.resolve("html").resolve(file + ".gz");
                if (!Files.isRegularFile(gz)) {
                    continue;
                }
                pages.add(new Page(e.getKey(), file, gunzip(gz), strings(e.getValue().path("with")),
                        strings(e.getValue().path("without"))));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static final Pattern HTML_LANG = Pattern.compile(
            "<html\\b[^>]*?\\s(?:xml:)?lang\\s*=\\s*[\"']?([A-Za-z]{2,3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_LANG = Pattern.compile(
            "<meta\\b[^>]*?(?:content-language|og:locale)[\"']?[^>]*?\\scontent\\s*=\\s*[\"']?([A-Za-z]{2,3})",
            Pattern.CASE_INSENSITIVE);

    /**
     * The language the page declares ({@code <html lang>}, else a content-language or og:locale meta), "-" when
     * it declares none: a grouping key that no extractor under test decides.
     */
    static String declaredLanguage(Page page) {
        String head = new String(page.body(), 0, Math.min(page.body().length, 65_536),
                StandardCharsets.ISO_8859_1);
        for (Pattern p : List.of(HTML_LANG, META_LANG)) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return "-";
    }

    /** The part of a score that comes from the pages {@code keep} accepts, counted as {@link #score} counts. */
    static Score subset(Score all, Predicate<Page> keep) {
        Score s = new Score();
        for (PageResult r : all.results) {
            if (!keep.test(r.page())) {
                continue;
            }
            s.tp += r.page().with().size() - r.missed().size();
            s.fn += r.missed().size();
            s.fp += r.leaked().size();
            s.tn += r.page().without().size() - r.leaked().size();
            if (normalize(r.text()).isEmpty()) {
                s.empty++;
            }
            s.results.add(r);
        }
        return s;
    }

    static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Scores one extractor; a page it throws on counts as empty output. */
    static Score score(List<Page> pages, Function<Page, String> extractor) {
        Score score = new Score();
        for (Page page : pages) {
            String text;
            String error = null;
            try {
                text = extractor.apply(page);
            } catch (RuntimeException e) {
                text = null;
                error = e.getMessage();
            }
            String norm = normalize(text);
            if (norm.isEmpty()) {
                score.empty++;
                boolean expectsText = page.with().stream().anyMatch(w -> !normalize(w).isEmpty());
                if (!expectsText) {
                    score.emptyExpected++;
                }
            }
            List<String> missed = new ArrayList<>();
            List<String> leaked = new ArrayList<>();
            for (String w : page.with()) {
                if (!norm.isEmpty() && norm.contains(normalize(w))) {
                    score.tp++;
                } else {
                    score.fn++;
                    missed.add(w);
                }
            }
            for (String w : page.without()) {
                if (!norm.isEmpty() && norm.contains(normalize(w))) {
                    score.fp++;
                    leaked.add(w);
                } else {
                    score.tn++;
                }
            }
            score.results.add(new PageResult(page, text, missed, leaked, error));
        }
        return score;
    }
}
