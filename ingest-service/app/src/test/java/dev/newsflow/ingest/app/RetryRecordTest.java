package dev.newsflow.ingest.app;

import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RetryRequest;
import dev.newsflow.contracts.UrlKeys;
import dev.newsflow.contracts.UrlRequest;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Guarantee: a host's retries land where its {@code urls} records land (politeness across replicas): the
 * {@code urls.retry} key is the host, so Kafka's partitioner puts every retry of a host in one partition, the one of
 * the same number as the host's {@code urls} records.
 */
class RetryRecordTest {
    @Test
    void retriesAreKeyedByHostAndShareTheUrlsPartition() {
        String[] sameHost = {"http://News.Example.cn/a/1.html", "https://news.example.cn:8443/b/2.html?x=1", "http://news.example.cn/c"};
        int partitions = 6;
        int urlsPartition = partition(UrlKeys.of(sameHost[0]), partitions);
        for (String url : sameHost) {
            var record = FetchRouter.retryRecord(retry(url));
            assertEquals("news.example.cn", record.getKey());
            assertEquals(urlsPartition, partition(record.getKey(), partitions), url);
            assertEquals(url, Json.read(record.getPayload(), RetryRequest.class).request().url());
        }
        assertNotEquals(FetchRouter.retryRecord(retry("http://a.example.cn/x")).getKey(), FetchRouter.retryRecord(retry("http://b.example.cn/x")).getKey());
    }

    private static RetryRequest retry(String url) {
        return new RetryRequest(RetryRequest.SCHEMA_VERSION, new UrlRequest(UrlRequest.SCHEMA_VERSION, url, "test", true), 2,
                Instant.parse("2026-01-01T00:00:00Z"), "HTTP 503");
    }

    private static int partition(String key, int partitions) {
        return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions);
    }
}
