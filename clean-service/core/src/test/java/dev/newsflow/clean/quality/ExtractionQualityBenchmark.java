package dev.newsflow.clean.quality;

import dev.newsflow.clean.CleanException;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.decode.BodyDecoder;
import dev.newsflow.clean.normalize.ScriptConverter;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Body precision, recall and F1 of the cleaner on the labeled corpus, next to a whole-page baseline
 * (Jsoup {@code body().text()}, decoded and converted to simplified script like the cleaner does, so only
 * extraction is compared). Aggregated like the ScrapingHub benchmark: per-page scores are normalised, precision
 * and recall are averaged over pages, F1 is their harmonic mean; the mean of per-page F1 is printed too.
 * Run: {@code java -cp <test classpath> dev.newsflow.clean.quality.ExtractionQualityBenchmark} from the module
 * directory, or through {@code ExtractionQualityTest}.
 */
public final class ExtractionQualityBenchmark {
    public static final String CLEANER = "clean-core";
    public static final String BASELINE = "jsoup body().text()";

    /** Scores per extractor, per page, in corpus order. */
    public record Result(List<LabeledPage> pages, Map<String, List<ShingleScore>> scores) {
        public Summary summary(String extractor, String language) {
            List<ShingleScore> s = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (language == null || language.equals(pages.get(i).language())) {
                    s.add(scores.get(extractor).get(i));
                }
            }
            return Summary.of(s);
        }
    }

    public record Summary(int pages, double precision, double recall, double f1, double meanPageF1) {
        static Summary of(List<ShingleScore> s) {
            double p = s.stream().mapToDouble(ShingleScore::precision).average().orElse(0);
            double r = s.stream().mapToDouble(ShingleScore::recall).average().orElse(0);
            double f = s.stream().mapToDouble(ShingleScore::f1).average().orElse(0);
            return new Summary(s.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), f);
        }
    }

    private ExtractionQualityBenchmark() {
    }

    public static void main(String[] args) {
        print(run());
    }

    public static Result run() {
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        BodyDecoder decoder = new BodyDecoder();
        Map<String, Function<RawInput, String>> extractors = new LinkedHashMap<>();
        extractors.put(CLEANER, in -> cleanerBody(cleaner, in));
        extractors.put(BASELINE, in -> wholePageText(decoder, in));
        List<LabeledPage> pages = LabeledPage.all();
        Map<String, List<ShingleScore>> scores = new LinkedHashMap<>();
        extractors.forEach((name, extractor) -> scores.put(name, pages.stream()
                .map(p -> ShingleScore.of(p.expectedBody(), extractor.apply(p.input()), p.shingleSize()))
                .toList()));
        return new Result(pages, scores);
    }

    static String cleanerBody(Cleaner cleaner, RawInput in) {
        try {
            return cleaner.clean(in).text;
        } catch (CleanException e) {
            return "";
        }
    }

    static String wholePageText(BodyDecoder decoder, RawInput in) {
        String text = decoder.decode(in.body(), in.contentType(), in.declaredCharset()).text();
        return ScriptConverter.toSimplified(Jsoup.parse(text).body().text());
    }

    public static void print(Result result) {
        System.out.printf("%-36s %-4s  %-20s  %-20s%n", "page", "lang", CLEANER + " P/R/F1", "baseline P/R/F1");
        for (int i = 0; i < result.pages().size(); i++) {
            LabeledPage p = result.pages().get(i);
            ShingleScore c = result.scores().get(CLEANER).get(i);
            ShingleScore b = result.scores().get(BASELINE).get(i);
            System.out.printf("%-36s %-4s  %.2f %.2f %.2f        %.2f %.2f %.2f%n", p.name(), p.language(),
                    c.precision(), c.recall(), c.f1(), b.precision(), b.recall(), b.f1());
        }
        System.out.println();
        for (String extractor : result.scores().keySet()) {
            for (String language : new String[]{"zh", "en", null}) {
                Summary s = result.summary(extractor, language);
                System.out.printf("%-20s %-4s pages=%2d  precision=%.3f recall=%.3f F1=%.3f (mean page F1 %.3f)%n",
                        extractor, language == null ? "all" : language, s.pages(), s.precision(), s.recall(), s.f1(),
                        s.meanPageF1());
            }
        }
    }
}
