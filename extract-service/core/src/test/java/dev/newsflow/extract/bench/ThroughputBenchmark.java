package dev.newsflow.extract.bench;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
import dev.newsflow.extract.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Steady-state throughput of {@link Extractor#enrich} on one thread, over the five cleaned seed documents and the
 * labeled paragraphs. One operation enriches all of them; the main method converts operations per second into
 * megabytes (UTF-8) of text per second per core. In the same run, {@link #hanlpSegmentation} segments the same texts
 * with HanLP's default segmenter ({@code HanLP.newSegment()}, its default recognizers) as the baseline.
 * Run from the repository root:
 * <pre>
 * mvn -o -q -pl extract-service/core test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * java -cp extract-service/core/target/test-classes:extract-service/core/target/classes:$(cat extract-service/core/target/test-cp.txt) \
 *      dev.newsflow.extract.bench.ThroughputBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ThroughputBenchmark {
    private static final Path SEEDS = Path.of("extract-service/core/src/test/resources/seeds-clean");

    private List<CleanDocument> documents;
    private Extractor extractor;
    private com.hankcs.hanlp.seg.Segment hanlp;

    @Setup
    public void load() {
        documents = corpus();
        extractor = Extractor.withDefaults();
        hanlp = com.hankcs.hanlp.HanLP.newSegment();
    }

    @Benchmark
    public void hanlpSegmentation(Blackhole sink) {
        for (CleanDocument document : documents) {
            sink.consume(hanlp.seg(document.text));
        }
    }

    @Benchmark
    public void enrichCorpus(Blackhole sink) {
        for (CleanDocument document : documents) {
            EnrichedDocument enriched = extractor.enrich(document);
            sink.consume(enriched);
        }
    }

    static List<CleanDocument> corpus() {
        List<CleanDocument> documents = new ArrayList<>();
        Path seeds = Files.isDirectory(SEEDS) ? SEEDS : Path.of("src/test/resources/seeds-clean");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                documents.add(Json.read(Files.readString(file, StandardCharsets.UTF_8), CleanDocument.class));
            }
            for (LabeledParagraph paragraph : LabeledParagraph.load()) {
                CleanDocument document = new CleanDocument();
                document.text = paragraph.text();
                documents.add(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static long corpusBytes() {
        return corpus().stream().mapToLong(d -> d.text.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    public static void main(String[] args) throws RunnerException {
        long bytes = corpusBytes();
        for (RunResult result : new Runner(new OptionsBuilder().include(ThroughputBenchmark.class.getName()).build()).run()) {
            double operations = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            String name = result.getParams().getBenchmark();
            System.out.printf("%s: %.2f ± %.2f MB/s per core (%.1f ops/s over %d bytes of UTF-8 text)%n",
                    name.substring(name.lastIndexOf('.') + 1), operations * bytes / 1e6, error * bytes / 1e6, operations, bytes);
        }
    }
}
