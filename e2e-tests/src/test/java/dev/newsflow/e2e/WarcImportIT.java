package dev.newsflow.e2e;

import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.Topics;
import dev.newsflow.local.WarcImport;
import dev.newsflow.testplatform.TestPlatform;
import dev.newsflow.testplatform.TestServers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/** ./pipeline import on the real broker: a WARC written here arrives on pages.raw as valid RawPage records. */
class WarcImportIT {
    @TempDir
    Path dir;

    @Test
    void archivedResponsesArriveOnPagesRawKeyedByDocumentId() throws Exception {
        TestServers platform = TestPlatform.kafkaOnly();
        String host = "http://archive-" + System.nanoTime() + ".example.org/";
        Instant crawled = Instant.parse("2022-05-06T07:08:09Z");
        Path warc = dir.resolve("backfill.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 3; i++) {
                byte[] html = ("<html><head><title>存档 " + i + "</title></head><body><p>第" + i + "篇</p></body></html>").getBytes(StandardCharsets.UTF_8);
                writer.write(new WarcResponse.Builder(host + i + ".html").date(crawled)
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
            }
            writer.write(new WarcResponse.Builder(host + "moved").date(crawled)
                    .body(new HttpResponse.Builder(302, "Found").addHeader("Location", host + "0.html").build()).build());
        }

        WarcImport.Summary summary = new WarcImport(1 << 20, "backfill").toKafka(warc, platform.config().kafkaClientProperties());
        assertEquals(3, summary.pages());
        assertEquals(Map.of("redirect", 1), summary.skipped());

        Map<String, RawPage> arrived = new HashMap<>();
        Properties props = new Properties();
        props.putAll(platform.config().kafkaClientProperties());
        props.put("group.id", "warc-import-it-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PAGES_RAW));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (arrived.size() < 3 && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    RawPage page;
                    try {
                        page = dev.newsflow.contracts.RawPageRecord.decode(record.value());
                    } catch (Json.MessageFormatException otherTestsPoison) {
                        continue; // pages.raw is shared with the hostile-input test's poison records
                    }
                    if (page.url().startsWith(host)) {
                        assertEquals(page.docId(), record.key(), "keyed by document id, as ingest-service keys pages.raw");
                        arrived.put(page.url(), page);
                    }
                }
            }
        }
        assertEquals(3, arrived.size(), "every archived page on pages.raw: " + arrived.keySet());
        for (int i = 0; i < 3; i++) {
            RawPage page = arrived.get(host + i + ".html");
            assertEquals(DocIds.of(host + i + ".html"), page.docId());
            assertEquals(RawPage.SCHEMA_VERSION, page.schemaVersion());
            assertEquals("UTF-8", page.declaredCharset());
            assertEquals(crawled, page.fetchedAt().toInstant());
            assertEquals("backfill", page.source());
            assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("第" + i + "篇"));
        }
    }
}
