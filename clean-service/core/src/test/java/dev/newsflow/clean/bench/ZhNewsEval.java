package dev.newsflow.clean.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.clean.normalize.ScriptConverter;
import dev.newsflow.contracts.CleanDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The zh-news set scored as its README says: NFKC on both sides, full-width and ASCII punctuation equal (and, as
 * the product outputs simplified script, both sides folded to simplified). Checks per page: title exact, publish
 * time (first 16 characters, or the date where the label is a date), source exact, each must_contain sentence
 * present, each must_not_contain string absent.
 */
final class ZhNewsEval {
    record Page(String file, byte[] body, JsonNode label) {
    }

    /** passed / total per check kind, and the failures to learn from. */
    static final class Score {
        final Map<String, int[]> checks = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();

        void count(String kind, boolean ok, String failure) {
            int[] c = checks.computeIfAbsent(kind, k -> new int[2]);
            c[1]++;
            if (ok) {
                c[0]++;
            } else {
                failures.add(kind + ": " + failure);
            }
        }

        double share(String kind) {
            int[] c = checks.get(kind);
            return c == null || c[1] == 0 ? 1 : (double) c[0] / c[1];
        }

        int passed(String kind) {
            int[] c = checks.get(kind);
            return c == null ? 0 : c[0];
        }

        double overall() {
            int ok = 0;
            int all = 0;
            for (int[] c : checks.values()) {
                ok += c[0];
                all += c[1];
            }
            return all == 0 ? 0 : (double) ok / all;
        }
    }

    private ZhNewsEval() {
    }

    static boolean available() {
        return Files.isRegularFile(EvalData.zhNews().resolve("labels.json"));
    }

    static List<Page> load() {
        Path dir = EvalData.zhNews();
        try {
            JsonNode root = new ObjectMapper().readTree(dir.resolve("labels.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Path file = dir.resolve("pages").resolve(e.getKey());
                if (Files.isRegularFile(file)) {
                    pages.add(new Page(e.getKey(), Files.readAllBytes(file), e.getValue()));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String FULL = "。，、；：？！（）【】《》“”‘’「」『』〔〕—～·";
    private static final String HALF = ".,,;:?!()[]<>\"\"''\"\"\"\"()-~.";

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(ScriptConverter.toSimplified(s), Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int k = FULL.indexOf(c);
            sb.append(k >= 0 ? HALF.charAt(k) : c);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    static Score score(List<Page> pages, Function<Page, CleanDocument> cleaner) {
        Score score = new Score();
        for (Page page : pages) {
            CleanDocument doc;
            String error = null;
            try {
                doc = cleaner.apply(page);
            } catch (RuntimeException e) {
                doc = new CleanDocument();
                error = e.getMessage();
            }
            JsonNode label = page.label();
            String f = page.file();
            String text = fold(doc.text);
            if (error != null) {
                score.failures.add("error: " + f + ": " + error);
            }
            String title = label.path("title").asText(null);
            if (title != null) {
                score.count("title", fold(title).equals(fold(doc.title)), f + " want [" + title + "] got [" + doc.title + "]");
            }
            String published = label.path("published_at").asText(null);
            if (published != null) {
                String got = doc.publishedAt == null ? null
                        : doc.publishedAt.atZoneSameInstant(ZoneOffset.ofHours(8)).toLocalDateTime().toString();
                boolean ok = got != null && got.startsWith(published.substring(0, Math.min(16, published.length())));
                score.count("published_at", ok, f + " want " + published + " got " + got);
            }
            JsonNode source = label.path("source");
            if (source.isTextual()) {
                score.count("source", fold(source.asText()).equals(fold(doc.source)),
                        f + " want [" + source.asText() + "] got [" + doc.source + "]");
            }
            for (JsonNode s : label.path("must_contain")) {
                score.count("must_contain", text.contains(fold(s.asText())), f + " missing [" + s.asText() + "]");
            }
            for (JsonNode s : label.path("must_not_contain")) {
                score.count("must_not_contain", !text.contains(fold(s.asText())), f + " kept [" + s.asText() + "]");
            }
        }
        return score;
    }
}
