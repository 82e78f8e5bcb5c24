package dev.newsflow.clean.bench;

import dev.newsflow.clean.RawInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;

/**
 * Documents per second, one thread, on the same 100 KB Chinese news pages: clean-core next to readability4j and
 * boilerpipe (ArticleExtractor) in one run. From the module directory:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.openjdk.jmh.Main ExtractorBenchmark -f 1
 * </pre>
 * JMH measures wall-clock time; on a shared machine see {@link ThroughputCheck} for the CPU-time figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ExtractorBenchmark {
    @Param({"typical-gbk", "typical-utf8", "text-heavy-gbk"})
    public String page;
    private Extractors extractors;
    private RawInput input;
    private Charset charset;

    @Setup
    public void setUp() {
        extractors = new Extractors();
        BenchPages.Page p = BenchPages.byName(page);
        input = p.input();
        charset = p.charset();
    }

    @Benchmark
    public String cleanCore() {
        return extractors.cleaner(input);
    }

    @Benchmark
    public String readability4j() {
        return Extractors.readability4j(input, charset);
    }

    @Benchmark
    public String boilerpipe() {
        return Extractors.boilerpipe(input, charset);
    }
}
