package dev.newsflow.clean.bench;

import dev.newsflow.clean.CleanException;
import dev.newsflow.clean.content.MainContent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The headline JMH figure: one operation is ONE PASS OVER A SET of real Chinese pages ({@link RealPages}, read at
 * run time from ../shared/eval), so documents per second = operations per second x the page count printed at set-up.
 * Clean core and readability4j in the same run, both from the page bytes (decoding counted on both sides). Without
 * the sets every operation is empty and set-up says so. From the module directory:
 * <pre>
 * taskset -c 1 java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.openjdk.jmh.Main RealPagesBenchmark -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// on one pinned core the JIT shares the core with the benchmark: about a minute passes before C2 is done
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 5)
// a fixed heap: G1's adaptive sizing otherwise moves the clean core's figure by a fifth between runs
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class RealPagesBenchmark {
    @Param({"zh-news", "web-eval-zh"})
    public String set;
    private Extractors extractors;
    private List<RealPages.Page> pages;
    private long weak0;
    private long runs0;

    @Setup
    public void setUp() {
        extractors = new Extractors();
        pages = RealPages.load(set);
        if (pages.isEmpty()) {
            System.out.println("\n" + set + ": no pages under " + EvalData.dir() + " (set NEWSFLOW_EVAL_DIR); nothing measured");
        } else {
            System.out.printf(Locale.ROOT, "%n%s: %d pages, %.0f KB mean (docs/s = ops/s x %d)%n", set, pages.size(),
                    RealPages.bytes(pages) / 1024.0 / pages.size(), pages.size());
        }
    }

    @Setup(Level.Iteration)
    public void countFrom() {
        weak0 = MainContent.weakCandidates();
        runs0 = MainContent.readabilityRuns();
    }

    @TearDown(Level.Iteration)
    public void report() {
        long weak = MainContent.weakCandidates() - weak0;
        long runs = MainContent.readabilityRuns() - runs0;
        if (weak > 0 || runs > 0) {
            System.out.printf(Locale.ROOT, " [clean-core fallback this iteration: %d weak DOM candidates, %d Readability passes]",
                    weak, runs);
        }
    }

    @Benchmark
    public long cleanCore() {
        long n = 0;
        for (RealPages.Page p : pages) {
            try {
                n += extractors.cleaner(p.input()).length();
            } catch (CleanException e) {
                n++; // a refused page cost its work too
            }
        }
        return n;
    }

    @Benchmark
    public long readability4j() {
        long n = 0;
        for (RealPages.Page p : pages) {
            n += Extractors.readability4j(p.input(), p.charset()).length();
        }
        return n;
    }
}
