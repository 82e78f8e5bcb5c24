package dev.newsflow.clean.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the development sets live: {@code NEWSFLOW_EVAL_DIR}, default {@code <checkout>/../shared/eval}. */
final class EvalData {
    private EvalData() {
    }

    static Path dir() {
        String env = System.getenv("NEWSFLOW_EVAL_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String prop = System.getProperty("newsflow.eval.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        // run from the module (clean-service/core) or from the checkout root
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("eval");
            if (Files.isDirectory(p.resolve("clean-service")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return here.resolve("../../../shared/eval").normalize();
    }

    static Path webEval() {
        return dir().resolve("web-eval");
    }

    static Path zhNews() {
        return dir().resolve("zh-news");
    }
}
