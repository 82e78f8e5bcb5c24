package dev.newsflow.clean.bench;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.TestPages;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Single-thread throughput on ~100 KB news pages (seed articles in the news template, GBK and UTF-8).
 * Run: {@code java -cp <test classpath> dev.newsflow.clean.bench.ThroughputCheck [seconds]}.
 * A quick check, not a JMH benchmark: it warms up, then reports documents per second of CPU time, which stays
 * meaningful on a machine shared with other work (garbage collection on other threads is not counted).
 */
public final class ThroughputCheck {
    private ThroughputCheck() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        Charset gbk = Charset.forName("GB18030");
        List<RawInput> typical = List.of(
                TestPages.typicalPage("001_3d8e36136f418278.txt", "gbk", gbk),
                TestPages.typicalPage("003_890bb6c2d9a226d6.txt", "utf-8", Charset.forName("UTF-8")),
                TestPages.typicalPage("000_a3ac9358073b0112.txt", null, gbk));
        List<RawInput> textHeavy = List.of(
                TestPages.hundredKilobytePage("utf-8", Charset.forName("UTF-8")),
                TestPages.hundredKilobytePage("gbk", gbk),
                TestPages.hundredKilobytePage(null, gbk));
        measure("typical 100 KB pages (one article, markup around it)", cleaner, typical, seconds);
        measure("text-heavy 100 KB pages (60 KB of article text)", cleaner, textHeavy, seconds);
    }

    private static void measure(String label, Cleaner cleaner, List<RawInput> pages, int seconds) {
        long bytes = 0;
        for (RawInput p : pages) {
            bytes += p.body().length;
        }
        run(cleaner, pages, Math.max(2, seconds / 3) * 1000L); // warm-up
        double[] perSecond = run(cleaner, pages, seconds * 1000L);
        System.out.printf("%s, %d bytes on average: %.1f docs per CPU-second (%.1f docs/s wall clock)%n",
                label, bytes / pages.size(), perSecond[0], perSecond[1]);
    }

    /** Documents per second of this thread's CPU time (immune to other load on the machine) and of wall time. */
    private static double[] run(Cleaner cleaner, List<RawInput> pages, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.currentTimeMillis() + millis;
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int n = 0;
        while (System.currentTimeMillis() < end) {
            cleaner.clean(pages.get(n % pages.size()));
            n++;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        return new double[]{n / cpu, n / wall};
    }
}
