package dev.newsflow.clean.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.clean.CleanException;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The clean core's whole output (every field of the document, or the error) for every development-set page, one
 * JSON line per page, so that a speed change can be diffed against the output before it: a change in output must
 * be deliberate. The snapshot holds the set's text: write it outside the checkout (it is not project data).
 * Run: {@code java -cp <test classpath> dev.newsflow.clean.bench.OutputSnapshot OUT.jsonl [NAME-PART...]} (only pages whose file name holds one of the parts), then {@code cmp} two.
 */
public final class OutputSnapshot {
    private OutputSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: OutputSnapshot OUT.jsonl [NAME-PART...]");
        }
        List<String> only = List.of(args).subList(1, args.length);
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        int pages = 0;
        try (PrintWriter out = new PrintWriter(new BufferedWriter(
                // an encoder that replaces a lone surrogate (a page's broken text) instead of failing the write
                new OutputStreamWriter(Files.newOutputStream(Path.of(args[0])), StandardCharsets.UTF_8)))) {
            if (WebEval.available()) {
                for (WebEval.Page page : WebEval.load()) {
                    if (!selected(only, page.file())) {
                        continue;
                    }
                    out.println(line("web-eval/" + page.file(), () -> cleaner.clean(
                            new dev.newsflow.clean.RawInput(null, page.url(), page.body(), null, null, null))));
                    pages++;
                }
            } else {
                System.out.println("web-eval: not found under " + EvalData.webEval() + "; skipped");
            }
            if (ZhNewsEval.available()) {
                for (ZhNewsEval.Page page : ZhNewsEval.load()) {
                    if (!selected(only, page.file())) {
                        continue;
                    }
                    out.println(line("zh-news/" + page.file(), () -> WebEvalBenchmark.cleanZh(cleaner, page)));
                    pages++;
                }
            } else {
                System.out.println("zh-news: not found under " + EvalData.zhNews() + "; skipped");
            }
            if (out.checkError()) {
                throw new IOException("could not write " + args[0]);
            }
        }
        System.out.println(pages + " pages written to " + args[0] + "; clean-core fallback: "
                + dev.newsflow.clean.content.MainContent.weakCandidates() + " weak DOM candidates, "
                + dev.newsflow.clean.content.MainContent.readabilityRuns() + " Readability passes");
    }

    private static boolean selected(List<String> only, String file) {
        return only.isEmpty() || only.stream().anyMatch(file::contains);
    }

    private static String line(String name, Supplier<CleanDocument> clean) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("file", name);
        try {
            line.set("document", Json.MAPPER.valueToTree(clean.get()));
        } catch (CleanException e) {
            line.put("error", e.getMessage());
        }
        return Json.write(line);
    }
}
