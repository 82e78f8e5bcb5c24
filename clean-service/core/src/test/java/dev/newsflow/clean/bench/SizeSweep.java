package dev.newsflow.clean.bench;

import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.decode.BodyDecoder;
import dev.newsflow.common.text.HanText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Cost against size on text-heavy pages: an article page of 10 KB to 1 MB whose body is real Chinese paragraphs
 * (the {@code <p>} elements of the zh-news pages, read at run time from ../shared/eval and cycled until the page
 * has the size; skipped with a message without them), UTF-8. Per size: CPU milliseconds per page of the measuring
 * thread for the clean core and readability4j (from the bytes, decoding on both sides), MB per CPU-second, and the
 * log-log slope of time against size over the sweep (1.0 is linear).
 * Run: {@code taskset -c 1 java -cp <test classpath> dev.newsflow.clean.bench.SizeSweep [seconds per point]}.
 */
public final class SizeSweep {
    static final int[] SIZES = {10_000, 30_000, 100_000, 300_000, 1_000_000};
    /** A paragraph is taken when it holds at least this many Han characters. */
    private static final int MIN_HAN = 30;

    private SizeSweep() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        if (!ZhNewsEval.available()) {
            System.out.println("size sweep: zh-news not found under " + EvalData.zhNews() + " (set NEWSFLOW_EVAL_DIR); skipped");
            return;
        }
        List<String> paragraphs = paragraphs();
        Extractors extractors = new Extractors();
        List<String> names = List.of("clean-core", "readability4j");
        List<ToIntFunction<RawInput>> all = List.of(p -> extractors.cleaner(p).length(),
                p -> Extractors.readability4j(p, StandardCharsets.UTF_8).length());
        double[][] millis = new double[all.size()][SIZES.length];
        System.out.printf(Locale.ROOT, "size sweep: text-heavy UTF-8 pages from %d real paragraphs%n", paragraphs.size());
        for (int s = 0; s < SIZES.length; s++) {
            RawInput page = page(paragraphs, SIZES[s]);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %8d bytes:", page.body().length));
            for (int e = 0; e < all.size(); e++) {
                cpuMillisPerPage(all.get(e), page, seconds / 2); // warm-up
                millis[e][s] = cpuMillisPerPage(all.get(e), page, seconds);
                row.append(String.format(Locale.ROOT, "  %s %8.2f ms %6.2f MB/s", names.get(e), millis[e][s],
                        page.body().length / millis[e][s] / 1000));
            }
            row.append(String.format(Locale.ROOT, "  clean-core / readability4j speed %.2f", millis[1][s] / millis[0][s]));
            System.out.println(row);
        }
        for (int e = 0; e < all.size(); e++) {
            System.out.printf(Locale.ROOT, "  %s log-log slope %.3f (10 KB -> 1 MB), %.3f (100 KB -> 1 MB)%n", names.get(e),
                    slope(millis[e], 0), slope(millis[e], 2));
        }
    }

    private static List<String> paragraphs() {
        BodyDecoder decoder = new BodyDecoder();
        List<String> out = new ArrayList<>();
        for (ZhNewsEval.Page p : ZhNewsEval.load()) {
            String html = decoder.decode(p.body(), "text/html", null).text();
            for (Element para : Jsoup.parse(html).select("p")) {
                String text = para.text().strip();
                if (HanText.countHan(text) >= MIN_HAN) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /** An article page of at least {@code bytes} UTF-8 bytes: a headline and the paragraphs, cycled. */
    static RawInput page(List<String> paragraphs, int bytes) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(paragraphs.get(0), 0, Math.min(20, paragraphs.get(0).length()))
                .append("</title></head><body><div class=\"header\"><a href=\"/\">首页</a></div><div class=\"article\"><h1>")
                .append(paragraphs.get(0), 0, Math.min(20, paragraphs.get(0).length())).append("</h1>\n");
        String end = "</div><div class=\"footer\">版权所有</div></body></html>";
        int size = html.toString().getBytes(StandardCharsets.UTF_8).length + end.length();
        for (int i = 1; size < bytes; i++) {
            String p = "<p>" + paragraphs.get(i % paragraphs.size()) + "</p>\n";
            html.append(p);
            size += p.getBytes(StandardCharsets.UTF_8).length;
        }
        html.append(end);
        return new RawInput(null, "http://example.com/article/" + bytes + ".html",
                html.toString().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, null);
    }

    private static double cpuMillisPerPage(ToIntFunction<RawInput> extractor, RawInput page, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long budget = (long) (seconds * 1e9);
        long start = threads.getCurrentThreadCpuTime();
        long used;
        int n = 0;
        long sink = 0;
        do {
            sink += extractor.applyAsInt(page);
            n++;
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < budget || n < 3);
        if (sink == 0) {
            System.out.println("(no text extracted)");
        }
        return used / 1e6 / n;
    }

    /** Least-squares slope of log(time) against log(size) from point {@code from} on. */
    static double slope(double[] millis, int from) {
        int n = SIZES.length - from;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i < SIZES.length; i++) {
            double x = Math.log(SIZES[i]);
            double y = Math.log(millis[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
