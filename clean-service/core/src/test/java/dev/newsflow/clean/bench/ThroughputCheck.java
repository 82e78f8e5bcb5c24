package dev.newsflow.clean.bench;

import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.TestPages;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Single-thread throughput on ~100 KB news pages (seed articles in the news template, GBK and UTF-8).
 * Run: {@code java -cp <test classpath> dev.newsflow.clean.bench.ThroughputCheck [seconds]}.
 * A quick check, not a JMH benchmark: it warms up, then reports documents per second.
 */
public final class ThroughputCheck {
    private ThroughputCheck() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        List<RawInput> pages = List.of(
                TestPages.hundredKilobytePage("utf-8", Charset.forName("UTF-8")),
                TestPages.hundredKilobytePage("gbk", Charset.forName("GB18030")),
                TestPages.hundredKilobytePage(null, Charset.forName("GB18030")));
        long bytes = 0;
        for (RawInput p : pages) {
            bytes += p.body().length;
        }
        System.out.printf("page sizes: %d bytes on average%n", bytes / pages.size());
        run(cleaner, pages, Math.max(2, seconds / 3) * 1000L); // warm-up
        double perSecond = run(cleaner, pages, seconds * 1000L);
        System.out.printf("%.1f docs/s on one thread%n", perSecond);
    }

    private static double run(Cleaner cleaner, List<RawInput> pages, long millis) {
        long end = System.currentTimeMillis() + millis;
        long start = System.nanoTime();
        int n = 0;
        while (System.currentTimeMillis() < end) {
            cleaner.clean(pages.get(n % pages.size()));
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
