package dev.newsflow.clean;

import dev.newsflow.contracts.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** One Cleaner shared by threads gives the same documents as one thread. */
class ConcurrencyTest {

    @Test
    void sharedCleanerIsThreadSafe() {
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        List<RawInput> inputs = new ArrayList<>();
        for (String name : SeedCorpus.names()) {
            byte[] body = NewsPageTemplate.render(SeedCorpus.text(name), "utf-8").getBytes(StandardCharsets.UTF_8);
            inputs.add(new RawInput(name, null, body, "text/html", null, null));
        }
        List<String> expected = new ArrayList<>();
        for (RawInput in : inputs) {
            expected.add(Json.write(cleaner.clean(in)));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int round = 0; round < 8; round++) {
                    for (RawInput in : inputs) {
                        results.add(pool.submit(() -> Json.write(cleaner.clean(in))));
                    }
                }
                for (int i = 0; i < results.size(); i++) {
                    assertEquals(expected.get(i % inputs.size()), results.get(i).get());
                }
            } finally {
                pool.shutdownNow();
            }
        });
    }
}
