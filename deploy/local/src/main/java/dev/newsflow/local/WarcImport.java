package dev.newsflow.local;

import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.UrlText;
import dev.newsflow.ingest.PageAssembler;
import dev.newsflow.ingest.http.ExchangeResult;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pipeline import FILE.warc[.gz]}: the HTTP responses archived in a WARC file (as Heritrix, StormCrawler,
 * wget or Common Crawl write them) become {@code pages.raw} records for a backfill, built by the same
 * {@link PageAssembler} as live fetches; the fetch time is the record's WARC-Date, so an archived page never
 * overwrites a newer fetch in the index. Redirects, error statuses, non-HTTP and non-response records are skipped
 * and counted by reason.
 */
public final class WarcImport {
    private static final int FLUSH_EVERY = 200;

    private final long maxBodyBytes;
    private final String source;

    public WarcImport(long maxBodyBytes, String source) {
        this.maxBodyBytes = maxBodyBytes;
        this.source = source;
    }

    /** Receives each page read. */
    public interface PageSink {
        void accept(RawPage page) throws IOException;
    }

    /** What one import did: pages passed on, records skipped by reason. */
    public record Summary(int pages, Map<String, Integer> skipped) {
        public int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Summary read(Path warc, PageSink sink) throws IOException {
        int pages = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord record : reader) {
                String skip;
                try {
                    skip = record instanceof WarcResponse response ? pageOf(response, sink) : record.type() + " record";
                } catch (IOException | IllegalArgumentException e) {
                    skip = "unreadable response (" + e.getMessage() + ")";
                }
                if (skip == null) {
                    pages++;
                } else {
                    skipped.merge(skip, 1, Integer::sum);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new IOException("cannot read " + warc + " as WARC: " + cause.getMessage(), e);
        }
        return new Summary(pages, skipped);
    }

    /** Passes the response's page to the sink; returns why it is skipped instead, or null. */
    private String pageOf(WarcResponse response, PageSink sink) throws IOException {
        if (!response.contentType().base().toString().equals("application/http")) {
            return "non-HTTP response (" + response.contentType().base() + ")";
        }
        HttpResponse http = response.http();
        int status = http.status();
        if (status >= 300 && status < 400) {
            return "redirect";
        }
        if (status < 200 || status >= 300) {
            return "HTTP " + status;
        }
        String canonical;
        try {
            canonical = DocIds.canonicalUrl(UrlText.prepare(response.target()));
        } catch (IllegalArgumentException e) {
            return "bad target URI (" + e.getMessage() + ")";
        }
        byte[] body;
        boolean truncated = response.truncated() != WarcTruncationReason.NOT_TRUNCATED;
        try (InputStream in = http.body().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (body.length > maxBodyBytes) {
            body = java.util.Arrays.copyOf(body, (int) maxBodyBytes);
            truncated = true;
        }
        ExchangeResult exchange = new ExchangeResult(URI.create(response.target()), status, headers(http), body, truncated);
        PageAssembler.Result result = PageAssembler.build(canonical, DocIds.of(canonical), List.of(), exchange,
                maxBodyBytes, response.date(), source);
        if (result instanceof PageAssembler.Refused refused) {
            return refused.reason();
        }
        sink.accept(((PageAssembler.Page) result).page());
        return null;
    }

    private static HttpHeaders headers(HttpResponse http) {
        Map<String, List<String>> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        http.headers().map().forEach((name, values) -> merged.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        return HttpHeaders.of(merged, (name, value) -> true);
    }

    /** Reads the file and produces each page to {@code pages.raw}, keyed by document id; returns once Kafka acknowledged all. */
    public Summary toKafka(Path warc, java.util.Map<String, Object> clientProperties) throws IOException {
        String bootstrap = String.valueOf(clientProperties.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(clientProperties), new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            Summary summary = read(warc, page -> {
                pending.add(producer.send(new ProducerRecord<>(Topics.PAGES_RAW, page.docId(), dev.newsflow.contracts.RawPageRecord.encode(page))));
                if (pending.size() >= FLUSH_EVERY) {
                    awaitAll(pending, bootstrap);
                }
            });
            awaitAll(pending, bootstrap);
            return summary;
        }
    }

    /** As ingest-service's pages.raw producer: the same envelope, every replica acknowledged, idempotent, pages up to the topic limit, zstd. */
    private static Properties producerConfig(java.util.Map<String, Object> clientProperties) {
        Properties props = KafkaProducers.lossless(clientProperties);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        return props;
    }

    private static void awaitAll(List<Future<RecordMetadata>> pending, String bootstrap) throws IOException {
        try {
            for (Future<RecordMetadata> sent : pending) {
                sent.get(90, TimeUnit.SECONDS);
            }
            pending.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending to Kafka", e);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PlatformException("Kafka did not take the pages at " + bootstrap + " (" + cause.getMessage() + "); is the platform up? Try ./pipeline up", e);
        }
    }
}
