package dev.newsflow.extract.bench;

import dev.newsflow.contracts.EntityType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores the real labeled articles of ner-dev as its README says: micro precision, recall and F1 per type over
 * (article, type, surface) triples; a prediction in {@code gold} is true, in {@code optional} ignored, else false; a
 * gold surface not predicted is a miss. newsflow and HanLP's default recognizers are scored in the same run.
 * <p>
 * Run: {@code ./mvnw -B -q -pl extract-service/core test -Dtest=NerDevBenchmarkTest} (prints the table and the top
 * errors), or this main with {@code [top-errors]}.
 */
public final class NerDevBenchmark {
    static final List<EntityType> SCORED = List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION);

    /** Scores by type, and how often each surface was missed or wrongly reported. */
    public record Result(Map<EntityType, Score> scores, Map<String, Integer> misses, Map<String, Integer> falseAlarms) {
        public double f1(EntityType type) {
            return scores.get(type).f1();
        }
    }

    public static Result score(NerDevSet set, Function<String, Map<EntityType, Set<String>>> system) {
        Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
        SCORED.forEach(type -> scores.put(type, new Score()));
        Map<String, Integer> misses = new HashMap<>();
        Map<String, Integer> falseAlarms = new HashMap<>();
        for (NerDevSet.Article article : set.articles()) {
            Map<EntityType, Set<String>> predicted = system.apply(article.text());
            for (EntityType type : SCORED) {
                Set<String> gold = article.gold().get(type);
                Set<String> optional = article.optional().get(type);
                Set<String> found = predicted.getOrDefault(type, Set.of());
                int tp = 0;
                int fp = 0;
                for (String surface : found) {
                    if (gold.contains(surface)) {
                        tp++;
                    } else if (!optional.contains(surface)) {
                        fp++;
                        falseAlarms.merge(type + " " + surface, 1, Integer::sum);
                    }
                }
                for (String surface : gold) {
                    if (!found.contains(surface)) {
                        misses.merge(type + " " + surface, 1, Integer::sum);
                    }
                }
                scores.get(type).add(tp, fp, gold.size() - tp);
            }
        }
        return new Result(scores, misses, falseAlarms);
    }

    public static String report(Result ours, Result baseline) {
        StringBuilder out = new StringBuilder(String.format("%-13s %-44s %s%n", "type", "newsflow", "HanLP default (same run)"));
        for (EntityType type : SCORED) {
            out.append(String.format("%-13s %-44s %s%n", type, ours.scores().get(type), baseline.scores().get(type)));
        }
        return out.toString();
    }

    public static String topErrors(Result result, int top) {
        return "top misses: " + top(result.misses(), top) + "\ntop false positives: " + top(result.falseAlarms(), top) + "\n";
    }

    private static String top(Map<String, Integer> counts, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }

    public static void main(String[] args) throws IOException {
        Path file = NerDevSet.locate();
        if (file == null) {
            System.out.println("ner-dev not found: set NEWSFLOW_EVAL_DIR to the evaluation data folder");
            return;
        }
        int top = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        NerDevSet set = NerDevSet.load(file);
        Result ours = score(set, ExtractionBenchmark::extractorNamesOnly);
        Result baseline = score(set, ExtractionBenchmark::hanlpDefault);
        System.out.println(set.articles().size() + " articles of " + file);
        System.out.print(report(ours, baseline));
        String only = System.getProperty("type");
        System.out.print(topErrors(only == null ? ours : new Result(ours.scores(), filtered(ours.misses(), only),
                filtered(ours.falseAlarms(), only)), top));
        if (args.length > 1 && args[1].equals("--missed-but-hanlp-found")) {
            Map<String, Integer> both = new HashMap<>(ours.misses());
            both.keySet().removeAll(baseline.misses().keySet());
            System.out.print("missed by newsflow, found by HanLP: " + top(both, top) + "\n");
        }
        if (args.length > 1 && args[1].equals("--hanlp-errors")) {
            System.out.print("HanLP " + topErrors(baseline, top));
        }
    }

    private static Map<String, Integer> filtered(Map<String, Integer> counts, String type) {
        Map<String, Integer> kept = new HashMap<>(counts);
        kept.keySet().removeIf(key -> !key.startsWith(type));
        return kept;
    }

    private NerDevBenchmark() {
    }
}
