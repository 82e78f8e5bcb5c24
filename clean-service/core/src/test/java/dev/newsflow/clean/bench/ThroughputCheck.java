package dev.newsflow.clean.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Single-thread throughput on the ~100 KB Chinese news pages of {@link BenchPages}, for clean-core and, in the same
 * run, readability4j and boilerpipe.
 * Run: {@code java -cp <test classpath> dev.newsflow.clean.bench.ThroughputCheck [seconds]}.
 * A quick check, not a JMH benchmark: it warms up, then reports documents per second of CPU time, which stays
 * meaningful on a machine shared with other work (garbage collection on other threads is not counted).
 */
public final class ThroughputCheck {
    private ThroughputCheck() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Extractors extractors = new Extractors();
        Map<String, Function<BenchPages.Page, String>> all = new LinkedHashMap<>();
        all.put("clean-core", p -> extractors.cleaner(p.input()));
        all.put("readability4j", p -> Extractors.readability4j(p.input(), p.charset()));
        all.put("boilerpipe", p -> Extractors.boilerpipe(p.input(), p.charset()));
        // every extractor is warmed on every page before any is measured: jsoup, which all three use, is then
        // compiled the same for each, and the first one measured does not pay for the others' warm-up
        for (BenchPages.Page page : BenchPages.all()) {
            for (Function<BenchPages.Page, String> extractor : all.values()) {
                run(extractor, page, Math.max(2, seconds / 3) * 1000L);
            }
        }
        for (BenchPages.Page page : BenchPages.all()) {
            Map<String, Double> cpuRates = new LinkedHashMap<>();
            for (Map.Entry<String, Function<BenchPages.Page, String>> e : all.entrySet()) {
                double[] perSecond = run(e.getValue(), page, seconds * 1000L);
                cpuRates.put(e.getKey(), perSecond[0]);
                System.out.printf("%-15s %-14s %6d bytes: %7.1f docs per CPU-second (%7.1f docs/s wall clock)%n",
                        page.name(), e.getKey(), page.input().body().length, perSecond[0], perSecond[1]);
            }
            double ours = cpuRates.get("clean-core");
            System.out.printf("%-15s clean-core / readability4j = %.2f, clean-core / boilerpipe = %.2f (CPU time)%n%n",
                    page.name(), ours / cpuRates.get("readability4j"), ours / cpuRates.get("boilerpipe"));
        }
    }

    /** Documents per second of this thread's CPU time (immune to other load on the machine) and of wall time. */
    private static double[] run(Function<BenchPages.Page, String> extractor, BenchPages.Page page, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.currentTimeMillis() + millis;
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int n = 0;
        long sink = 0;
        while (System.currentTimeMillis() < end) {
            sink += extractor.apply(page).length();
            n++;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        if (sink == 0) {
            System.out.println("(no text extracted)");
        }
        return new double[]{n / cpu, n / wall};
    }
}
