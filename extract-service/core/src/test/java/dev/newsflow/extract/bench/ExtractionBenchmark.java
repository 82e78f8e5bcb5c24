package dev.newsflow.extract.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.Extractor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Precision, recall and F1 per type on the hand-labeled paragraphs, for this module's extractor and, in the same
 * run, for HanLP's default recognizers (HMM person, place and organization recognition) as the baseline.
 * Entities are compared as distinct names per paragraph.
 * Run: {@code mvn -o -q -pl extract-service/core test -Dtest=ExtractionBenchmarkTest}.
 */
public final class ExtractionBenchmark {

    /** Scores by type, and the misses and false alarms for reading. */
    public record Result(Map<EntityType, Score> scores, List<String> errors) {
    }

    public static Result score(List<LabeledParagraph> paragraphs, Function<String, Map<EntityType, Set<String>>> system) {
        Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
        List<String> errors = new ArrayList<>();
        for (EntityType type : LabeledParagraph.SCORED) {
            scores.put(type, new Score());
        }
        for (LabeledParagraph paragraph : paragraphs) {
            Map<EntityType, Set<String>> predicted = system.apply(paragraph.text());
            for (EntityType type : LabeledParagraph.SCORED) {
                Set<String> gold = paragraph.gold().get(type);
                Set<String> found = predicted.getOrDefault(type, Set.of());
                Set<String> hit = new HashSet<>(found);
                hit.retainAll(gold);
                scores.get(type).add(hit.size(), found.size() - hit.size(), gold.size() - hit.size());
                found.stream().filter(f -> !gold.contains(f)).forEach(f -> errors.add("false " + type + " " + f));
                gold.stream().filter(g -> !found.contains(g)).forEach(g -> errors.add("missed " + type + " " + g));
            }
        }
        return new Result(scores, errors);
    }

    public static Map<EntityType, Set<String>> extractor(String text) {
        Map<EntityType, Set<String>> byType = new EnumMap<>(EntityType.class);
        for (Entity entity : Extractor.withDefaults().entities(text)) {
            byType.computeIfAbsent(entity.type(), t -> new LinkedHashSet<>()).add(entity.text());
        }
        return byType;
    }

    /**
     * The extractor's named entities only: a bare reference ("省委", flagged {@code reference}) is a common noun in
     * ner-dev's convention, so it is left out there; its name is in {@code canonical}.
     */
    public static Map<EntityType, Set<String>> extractorNamesOnly(String text) {
        Map<EntityType, Set<String>> byType = new EnumMap<>(EntityType.class);
        for (Entity entity : Extractor.withDefaults().entities(text)) {
            if (!Boolean.TRUE.equals(entity.reference())) {
                byType.computeIfAbsent(entity.type(), t -> new LinkedHashSet<>()).add(entity.text());
            }
        }
        return byType;
    }

    private static final ThreadLocal<Segment> HANLP_DEFAULT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true));

    /** HanLP's default recognizers: nr* person, ns* place, nt* organization. */
    public static Map<EntityType, Set<String>> hanlpDefault(String text) {
        Map<EntityType, Set<String>> byType = new EnumMap<>(EntityType.class);
        for (Term term : HANLP_DEFAULT.get().seg(text)) {
            String nature = term.nature == null ? "" : term.nature.toString();
            EntityType type = nature.startsWith("nr") ? EntityType.PERSON
                    : nature.startsWith("ns") ? EntityType.PLACE
                    : nature.startsWith("nt") ? EntityType.ORGANIZATION : null;
            if (type != null) {
                byType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(term.word);
            }
        }
        return byType;
    }

    public static String report(Result ours, Result baseline) {
        StringBuilder out = new StringBuilder(String.format("%-13s %-42s %s%n", "type", "newsflow extractor", "HanLP default NER (baseline)"));
        for (EntityType type : LabeledParagraph.SCORED) {
            out.append(String.format("%-13s %-42s %s%n", type, ours.scores().get(type), baseline.scores().get(type)));
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        for (String set : List.of(LabeledParagraph.RESOURCE, LabeledParagraph.HELD_OUT, LabeledParagraph.BLIND)) {
            List<LabeledParagraph> paragraphs = LabeledParagraph.load(set);
            Result ours = score(paragraphs, ExtractionBenchmark::extractor);
            Result baseline = score(paragraphs, ExtractionBenchmark::hanlpDefault);
            System.out.println(set + ": " + paragraphs.size() + " labeled paragraphs");
            System.out.print(report(ours, baseline));
            if (args.length > 0 && args[0].equals("--errors")) {
                ours.errors().forEach(System.out::println);
            }
        }
    }

    private ExtractionBenchmark() {
    }
}
