package dev.newsflow.extract;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Json;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ExtractorLifecycleTest {

    @Test
    void dictionariesLoadOncePerProcess() {
        assertSame(Extractor.withDefaults(), Extractor.withDefaults());
    }

    @Test
    void concurrentCallsGiveTheSameResultAsOneCall() throws Exception {
        List<CleanDocument> documents = new ArrayList<>();
        for (String seed : List.of("000_a3ac9358073b0112", "002_6e19e248d2b4a2dc", "003_890bb6c2d9a226d6")) {
            documents.add(SeedExpectationsTest.cleaned(seed + ".txt"));
        }
        List<String> expected = documents.stream().map(d -> Json.write(Extractor.withDefaults().enrich(d))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (CleanDocument document : documents) {
                    results.add(pool.submit(() -> Json.write(Extractor.withDefaults().enrich(document))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % documents.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anyTextIsEnrichedWithoutFailure() {
        String alphabet = "、,。“”()第次月日年1234567890市省县委长记者·¥_ \n\uD83D\uDE00";
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) {
                text.append(random.nextBoolean() ? (char) (0x4e00 + random.nextInt(0x5000)) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            CleanDocument doc = new CleanDocument();
            doc.text = text.toString();
            doc.publishedAt = OffsetDateTime.parse("2020-02-02T07:07:00+08:00");
            EnrichedDocument enriched = Extractor.withDefaults().enrich(doc);
            assertNotNull(enriched.entities, doc.text);
            assertNotNull(enriched.segmentedText, doc.text);
        }
    }
}
