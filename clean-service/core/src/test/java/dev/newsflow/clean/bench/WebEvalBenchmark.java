package dev.newsflow.clean.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.decode.BodyDecoder;
import dev.newsflow.contracts.CleanDocument;
import net.dankito.readability4j.Readability4J;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores the development sets in one run: web-eval for newsflow's clean core, readability4j and boilerpipe
 * (ArticleExtractor) on the same pages (the baselines get the text decoded by the clean core's decoder), and
 * zh-news for the clean core. Run {@code clean-service/core/bench/eval.sh [--examples N] [--only web|zh]}.
 */
public final class WebEvalBenchmark {
    static final double TRAFILATURA_F1 = 0.925;
    static final double TRAFILATURA_FAST_F1 = 0.920;
    static final double GNE_CHECKS = 0.853;

    private WebEvalBenchmark() {
    }

    public static void main(String[] args) {
        int examples = 15;
        String only = "all";
        boolean baselines = true;
        java.nio.file.Path dump = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--no-baselines" -> baselines = false;
                case "--dump" -> dump = java.nio.file.Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: WebEvalBenchmark [--examples N] [--only web|zh] [--no-baselines] [--dump DIR]");
            }
        }
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        if (!only.equals("zh")) {
            web(cleaner, examples, baselines, dump);
        }
        if (!only.equals("web")) {
            zh(cleaner, examples);
        }
    }

    static String cleanText(Cleaner cleaner, WebEval.Page page) {
        return cleaner.clean(new RawInput(null, page.url(), page.body(), null, null, null)).text;
    }

    static CleanDocument cleanZh(Cleaner cleaner, ZhNewsEval.Page page) {
        return cleaner.clean(new RawInput(null, "http://example.com/" + page.file(), page.body(), "text/html", null, null));
    }

    private static void web(Cleaner cleaner, int examples, boolean baselines, java.nio.file.Path dump) {
        if (!WebEval.available()) {
            System.out.println("web-eval: not found under " + EvalData.webEval() + " (set NEWSFLOW_EVAL_DIR); skipped");
            return;
        }
        List<WebEval.Page> pages = WebEval.load();
        System.out.printf(Locale.ROOT, "web-eval: %d pages%n", pages.size());
        BodyDecoder decoder = new BodyDecoder();
        Function<WebEval.Page, String> decoded = p -> decoder.decode(p.body(), null, null).text();
        long t0 = System.nanoTime();
        long votes0 = dev.newsflow.clean.content.MainContent.weakCandidates();
        WebEval.Score ours = WebEval.score(pages, p -> cleanText(cleaner, p));
        long t1 = System.nanoTime();
        print("newsflow clean-core", ours, t1 - t0);
        System.out.printf(Locale.ROOT, "  %-28s %d of %d pages (weak DOM candidate: fallbacks compared)%n", "",
                dev.newsflow.clean.content.MainContent.weakCandidates() - votes0, pages.size());
        if (dump != null) {
            dump(ours, dump);
        }
        List<WebEval.Score> peers = List.of();
        if (baselines) {
            long t2 = System.nanoTime();
            WebEval.Score r4j = WebEval.score(pages, p -> new Readability4J(p.url(), decoded.apply(p)).parse().getTextContent());
            long t3 = System.nanoTime();
            print("readability4j 1.0.8", r4j, t3 - t2);
            WebEval.Score bp = WebEval.score(pages, p -> {
                try {
                    return ArticleExtractor.INSTANCE.getText(decoded.apply(p));
                } catch (BoilerpipeProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
            print("boilerpipe ArticleExtractor", bp, System.nanoTime() - t3);
            peers = List.of(r4j, bp);
        }
        System.out.printf(Locale.ROOT, "  %-28s F1 %.3f (published; %.3f fast mode)%n", "trafilatura", TRAFILATURA_F1,
                TRAFILATURA_FAST_F1);
        printByLanguage(pages, ours, peers);
        printExamples(ours, examples);
    }

    /** Per page: one summary row (file, missed, leaked, chars) and the extracted text, for diffing two runs. */
    private static void dump(WebEval.Score s, java.nio.file.Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir.resolve("text"));
            StringBuilder rows = new StringBuilder();
            for (WebEval.PageResult r : s.results) {
                String text = r.text() == null ? "" : r.text();
                rows.append(r.page().file()).append('\t').append(r.missed().size()).append('\t')
                        .append(r.leaked().size()).append('\t').append(text.length()).append('\t')
                        .append(r.page().url()).append('\n');
                StringBuilder t = new StringBuilder(text).append("\n\n=== missed\n");
                r.missed().forEach(m -> t.append(WebEval.normalize(m)).append('\n'));
                t.append("=== leaked\n");
                r.leaked().forEach(m -> t.append(WebEval.normalize(m)).append('\n'));
                java.nio.file.Files.writeString(dir.resolve("text").resolve(r.page().file() + ".txt"), t);
            }
            java.nio.file.Files.writeString(dir.resolve("summary.tsv"), rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * F1 per declared page language (languages with at least 5 pages, the rest together), newsflow first and the
     * baselines beside it; the set itself carries no language labels.
     */
    private static void printByLanguage(List<WebEval.Page> pages, WebEval.Score ours, List<WebEval.Score> peers) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        java.util.Map<WebEval.Page, String> language = new java.util.IdentityHashMap<>();
        pages.forEach(p -> language.put(p, WebEval.declaredLanguage(p)));
        language.values().forEach(l -> counts.merge(l, 1L, Long::sum));
        List<String> shown = counts.entrySet().stream().filter(e -> e.getValue() >= 5 && !e.getKey().equals("-"))
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).map(java.util.Map.Entry::getKey).toList();
        System.out.printf(Locale.ROOT, "  by declared language (<html lang>):  pages strings  newsflow%s%n",
                peers.isEmpty() ? "" : "  readability4j  boilerpipe");
        java.util.List<String> rows = new java.util.ArrayList<>(shown);
        rows.add("other");
        rows.add("-");
        for (String row : rows) {
            java.util.function.Predicate<WebEval.Page> keep = row.equals("other")
                    ? p -> !shown.contains(language.get(p)) && !language.get(p).equals("-")
                    : p -> language.get(p).equals(row);
            WebEval.Score s = WebEval.subset(ours, keep);
            if (s.results.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-32s %5d %7d  F1 %.3f",
                    row.equals("-") ? "undeclared" : row, s.results.size(), s.tp + s.fn + s.fp + s.tn, s.f1()));
            for (WebEval.Score peer : peers) {
                line.append(String.format(Locale.ROOT, "     F1 %.3f", WebEval.subset(peer, keep).f1()));
            }
            System.out.println(line);
        }
    }

    private static void print(String name, WebEval.Score s, long nanos) {
        System.out.printf(Locale.ROOT, "  %-28s P %.3f  R %.3f  F1 %.3f  empty %d (%d expected)  tp %d fn %d fp %d tn %d  %.1f s%n",
                name, s.precision(), s.recall(), s.f1(), s.empty, s.emptyExpected, s.tp, s.fn, s.fp, s.tn, nanos / 1e9);
    }

    private static void printExamples(WebEval.Score s, int examples) {
        if (examples <= 0) {
            return;
        }
        System.out.println("  failures (clean-core), worst first:");
        List<WebEval.PageResult> bad = s.results.stream()
                .filter(r -> !r.missed().isEmpty() || !r.leaked().isEmpty())
                .sorted((a, b) -> Integer.compare(b.missed().size() + b.leaked().size(), a.missed().size() + a.leaked().size()))
                .limit(examples).toList();
        for (WebEval.PageResult r : bad) {
            System.out.printf("   - %s (%s)%s%n", r.page().file(), r.page().url(),
                    r.error() != null ? " ERROR " + r.error() : r.text() == null || r.text().isBlank() ? " EMPTY" : "");
            r.missed().stream().limit(3).forEach(m -> System.out.println("       missed: " + clip(m)));
            r.leaked().stream().limit(3).forEach(m -> System.out.println("       leaked: " + clip(m)));
        }
    }

    private static String clip(String s) {
        String n = WebEval.normalize(s);
        return n.length() > 100 ? n.substring(0, 100) + "…" : n;
    }

    private static void zh(Cleaner cleaner, int examples) {
        if (!ZhNewsEval.available()) {
            System.out.println("zh-news: not found under " + EvalData.zhNews() + " (set NEWSFLOW_EVAL_DIR); skipped");
            return;
        }
        List<ZhNewsEval.Page> pages = ZhNewsEval.load();
        ZhNewsEval.Score s = ZhNewsEval.score(pages, p -> cleanZh(cleaner, p));
        System.out.printf(Locale.ROOT, "zh-news: %d pages%n", pages.size());
        s.checks.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-17s %3d / %3d  %.3f%n", kind, c[0], c[1],
                (double) c[0] / c[1]));
        System.out.printf(Locale.ROOT, "  %-17s %.3f   (GNE %.3f of its checks, given)%n", "all checks", s.overall(), GNE_CHECKS);
        if (examples > 0) {
            System.out.println("  failures:");
            s.failures.stream().limit(examples * 3L).forEach(f -> System.out.println("   - " + clip(f)));
        }
    }
}
