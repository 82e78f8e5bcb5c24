package dev.newsflow.extract.bench;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.extract.Extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How extraction cost grows with the input: real Chinese news text (the ner-dev articles when the evaluation data
 * is present, else the seed fixtures and labeled paragraphs) cut to 10 KB ... 1 MB, each size enriched as one
 * document; prints the median time per size, the same for HanLP's default segmentation of the same text (the
 * baseline, same run), and the log-log slopes between sizes and overall (1.0 = linear).
 * Run (one core): {@code taskset -c 0 java -cp ... dev.newsflow.extract.bench.SizeSweepBenchmark}.
 */
public final class SizeSweepBenchmark {
    private static final int[] SIZES_KB = {10, 30, 100, 300, 1000};

    public static void main(String[] args) throws IOException {
        String text = corpus(SIZES_KB[SIZES_KB.length - 1] * 1024 / 3);
        Extractor extractor = Extractor.withDefaults();
        for (int i = 0; i < 3; i++) {
            enrich(extractor, prefix(text, 100 * 1024)); // warm-up
        }
        com.hankcs.hanlp.seg.Segment hanlp = com.hankcs.hanlp.HanLP.newSegment();
        double[] hanlpMillis = new double[SIZES_KB.length];
        double[] millis = new double[SIZES_KB.length];
        double[] bytes = new double[SIZES_KB.length];
        for (int s = 0; s < SIZES_KB.length; s++) {
            String part = prefix(text, SIZES_KB[s] * 1024 / 3); // Han text is 3 bytes a character in UTF-8
            bytes[s] = part.getBytes(StandardCharsets.UTF_8).length;
            int runs = SIZES_KB[s] >= 300 ? 3 : 7;
            double[] times = new double[runs];
            double[] baseline = new double[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                enrich(extractor, part);
                times[r] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                hanlp.seg(part);
                baseline[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            Arrays.sort(baseline);
            millis[s] = times[runs / 2];
            hanlpMillis[s] = baseline[runs / 2];
            String slope = s == 0 ? "" : String.format("  slope %.2f (HanLP %.2f)", slope(bytes[s - 1], millis[s - 1], bytes[s], millis[s]),
                    slope(bytes[s - 1], hanlpMillis[s - 1], bytes[s], hanlpMillis[s]));
            System.out.printf("%7.0f KB  extract %9.1f ms %5.2f MB/s   HanLP segmentation %9.1f ms %5.2f MB/s  ratio %.2f%s%n",
                    bytes[s] / 1024, millis[s], bytes[s] / 1e3 / millis[s], hanlpMillis[s], bytes[s] / 1e3 / hanlpMillis[s],
                    millis[s] / hanlpMillis[s], slope);
        }
        int last = SIZES_KB.length - 1;
        System.out.printf("log-log slope 10 KB -> 1 MB: extract %.2f, HanLP segmentation %.2f%n",
                slope(bytes[0], millis[0], bytes[last], millis[last]), slope(bytes[0], hanlpMillis[0], bytes[last], hanlpMillis[last]));
    }

    private static double slope(double b0, double t0, double b1, double t1) {
        return Math.log(t1 / t0) / Math.log(b1 / b0);
    }

    private static void enrich(Extractor extractor, String text) {
        CleanDocument document = new CleanDocument();
        document.text = text;
        extractor.enrich(document);
    }

    /** At most {@code chars} characters, cut at a line end. */
    private static String prefix(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int cut = text.lastIndexOf('\n', chars);
        return text.substring(0, cut > chars / 2 ? cut : chars);
    }

    private static String corpus(int chars) throws IOException {
        List<String> texts = new ArrayList<>();
        Path devSet = NerDevSet.locate();
        if (devSet != null) {
            NerDevSet.load(devSet).articles().forEach(article -> texts.add(article.text()));
        } else {
            ThroughputBenchmark.corpus().forEach(document -> texts.add(document.text));
        }
        StringBuilder all = new StringBuilder();
        while (all.length() < chars) {
            for (String text : texts) {
                all.append(text).append('\n');
            }
        }
        return all.toString();
    }

    private SizeSweepBenchmark() {
    }
}
