package dev.newsflow.clean.bench;

import dev.newsflow.clean.CleanException;
import dev.newsflow.clean.content.MainContent;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The headline speed figure: documents per CPU-second of one thread on REAL Chinese pages ({@link RealPages}: zh-news
 * and web-eval's Chinese pages of 50..200 KB, read at run time from ../shared/eval; skipped with a message without
 * them), clean core and readability4j in the same run, both from the page bytes (decoding counted on both sides),
 * with how often the clean core's Readability fallback ran.
 * Run: {@code java -cp <test classpath> dev.newsflow.clean.bench.RealPagesCheck [seconds] [clean-core|readability4j] [zh-news|web-eval-zh]}; pin it with
 * {@code taskset -c 1}. Time is the measuring thread's CPU time, so load from other work on the machine matters less.
 */
public final class RealPagesCheck {
    private RealPagesCheck() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        if (!RealPages.available()) {
            System.out.println("real pages: no development sets under " + EvalData.dir() + " (set NEWSFLOW_EVAL_DIR); skipped");
            return;
        }
        Extractors extractors = new Extractors();
        Map<String, ToIntFunction<RealPages.Page>> all = new LinkedHashMap<>();
        all.put("clean-core", p -> {
            try {
                return extractors.cleaner(p.input()).length();
            } catch (CleanException e) {
                return 0; // refused pages cost their work too
            }
        });
        all.put("readability4j", p -> Extractors.readability4j(p.input(), p.charset()).length());
        if (args.length > 1) { // one extractor only, e.g. under a profiler
            all.keySet().retainAll(List.of(args[1]));
        }
        List<String> sets = args.length > 2 ? List.of(args[2]) : List.of("zh-news", "web-eval-zh");
        for (String set : sets) {
            List<RealPages.Page> pages = RealPages.load(set);
            if (pages.isEmpty()) {
                System.out.println(set + ": no pages; skipped");
                continue;
            }
            long weak0 = MainContent.weakCandidates();
            long runs0 = MainContent.readabilityRuns();
            for (RealPages.Page p : pages) {
                all.get("clean-core").applyAsInt(p);
            }
            long weak = MainContent.weakCandidates() - weak0;
            long runs = MainContent.readabilityRuns() - runs0;
            long bytes = RealPages.bytes(pages);
            System.out.printf(Locale.ROOT, "%s: %d pages, %.0f KB mean; clean-core fallback: %d weak DOM candidates, "
                    + "%d Readability passes (one pass over the set)%n", set, pages.size(), bytes / 1024.0 / pages.size(),
                    weak, runs);
            for (ToIntFunction<RealPages.Page> e : all.values()) {
                run(e, pages, Math.max(2, seconds / 2) * 1000L);
            }
            Map<String, Double> rates = new LinkedHashMap<>();
            for (Map.Entry<String, ToIntFunction<RealPages.Page>> e : all.entrySet()) {
                double[] r = run(e.getValue(), pages, seconds * 1000L);
                rates.put(e.getKey(), r[0]);
                System.out.printf(Locale.ROOT, "  %-14s %7.1f docs per CPU-second  %5.2f MB per CPU-second  (%6.1f docs/s wall)%n",
                        e.getKey(), r[0], r[0] * bytes / pages.size() / 1e6, r[1]);
            }
            if (rates.size() == 2) {
                System.out.printf(Locale.ROOT, "  clean-core / readability4j = %.2f (CPU time)%n",
                        rates.get("clean-core") / rates.get("readability4j"));
            }
        }
    }

    /** Documents per CPU-second of this thread and per wall-clock second, cycling over the pages. */
    private static double[] run(ToIntFunction<RealPages.Page> extractor, List<RealPages.Page> pages, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.currentTimeMillis() + millis;
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int n = 0;
        long sink = 0;
        while (System.currentTimeMillis() < end || n % pages.size() != 0) {
            sink += extractor.applyAsInt(pages.get(n % pages.size()));
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
