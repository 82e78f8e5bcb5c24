package dev.newsflow.clean.bench;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.TestPages;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@link Cleaner#clean} on 100 KB pages, one thread. From the module directory:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.openjdk.jmh.Main CleanerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanerBenchmark {
    @Param({"typical-gbk", "typical-utf8-undeclared", "text-heavy-gbk"})
    public String page;
    private Cleaner cleaner;
    private RawInput input;

    @Setup
    public void setUp() {
        cleaner = Cleaner.withDuplicateDetector(null);
        Charset gbk = Charset.forName("GB18030");
        input = switch (page) {
            case "typical-gbk" -> TestPages.typicalPage("001_3d8e36136f418278.txt", "gbk", gbk);
            case "typical-utf8-undeclared" -> TestPages.typicalPage("003_890bb6c2d9a226d6.txt", null, Charset.forName("UTF-8"));
            default -> TestPages.hundredKilobytePage("gbk", gbk);
        };
    }

    @Benchmark
    public void clean(Blackhole hole) {
        hole.consume(cleaner.clean(input));
    }
}
