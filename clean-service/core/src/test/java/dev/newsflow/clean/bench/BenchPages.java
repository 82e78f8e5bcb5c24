package dev.newsflow.clean.bench;

import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.TestPages;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The 100 KB Chinese news pages both throughput benchmarks run on, with the charset they are encoded in. */
final class BenchPages {
    record Page(String name, RawInput input, Charset charset) {
    }

    private static final Charset GBK = Charset.forName("GB18030");

    private BenchPages() {
    }

    static List<Page> all() {
        return List.of(byName("typical-gbk"), byName("typical-utf8"), byName("text-heavy-gbk"));
    }

    static Page byName(String name) {
        return switch (name) {
            case "typical-gbk" -> new Page(name, TestPages.typicalPage("001_3d8e36136f418278.txt", "gbk", GBK), GBK);
            case "typical-utf8" -> new Page(name,
                    TestPages.typicalPage("003_890bb6c2d9a226d6.txt", null, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            case "text-heavy-gbk" -> new Page(name, TestPages.hundredKilobytePage("gbk", GBK), GBK);
            default -> throw new IllegalArgumentException("no bench page " + name);
        };
    }
}
