package dev.newsflow.ingest.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.UrlKeys;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.FetchOutcome;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class UrlsResource {
    @Inject
    FetchRouter router;

    @Inject
    @Channel("requests")
    MutinyEmitter<String> requests;

    /**
     * Records sent and not yet acknowledged, at most: a sliding window (each acknowledgement lets the next record
     * go), below the connector's in-flight limit (max-inflight-messages, 1024) so the emitter never overflows.
     */
    static final int SEND_WINDOW = 1000;

    /** The window, shared by concurrent requests so that together they stay below the connector's limit. */
    private static final Semaphore WINDOW = new Semaphore(SEND_WINDOW);

    /**
     * Accepts a batch (a JSON array of URL strings or {@code {"url":...,"source":...}} objects) onto {@code urls},
     * keyed by host ({@link UrlKeys}). Sends are asynchronous, at most {@value #SEND_WINDOW} unacknowledged at a
     * time (a sliding window: the producer batches them, no request waits for a whole window); the answer comes
     * once Kafka acknowledged every record and says, per item, the document id or why it was refused.
     */
    @POST
    @Path("urls")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Map<String, String>> submit(JsonNode batch) {
        List<Map<String, String>> answers = new ArrayList<>(batch.size());
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Iterable<JsonNode> items = batch.isArray() ? batch : List.of(batch);
        for (JsonNode item : items) {
            Map<String, String> answer = new LinkedHashMap<>(4);
            String raw = item.isTextual() ? item.asText() : item.toString();
            try {
                UrlRequest request = UrlRequest.parse(raw);
                String docId = DocIds.of(request.url());
                String value = Json.write(request);
                String key = UrlKeys.of(request.url());
                WINDOW.acquireUninterruptibly();
                CompletableFuture<Void> ack;
                try {
                    ack = requests.sendMessage(KafkaRecord.of(key, value)).subscribeAsCompletionStage();
                } catch (RuntimeException e) {
                    WINDOW.release();
                    throw new IllegalStateException("Kafka did not accept the batch onto " + Topics.URLS, e);
                }
                acks.add(ack.whenComplete((ok, f) -> {
                    WINDOW.release();
                    if (f != null) {
                        failure.compareAndSet(null, f);
                    }
                }));
                answer.put("url", request.url());
                answer.put("docId", docId);
            } catch (IllegalArgumentException e) {
                answer.put("input", raw);
                answer.put("error", e.getMessage());
            }
            answers.add(answer);
            if (failure.get() != null) {
                break;
            }
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka did not accept the batch onto " + Topics.URLS, failure.get());
        }
        return answers;
    }

    /** Debugging: fetch one URL now, through the consumer's code path, and say what happened (the body is left out). */
    @POST
    @Path("fetch")
    public Map<String, Object> fetch(@QueryParam("url") String url, @QueryParam("force") boolean force) {
        FetchOutcome outcome = router.fetchAndRoute(new UrlRequest(UrlRequest.SCHEMA_VERSION, url, "rest", force), 1);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("outcome", outcome.getClass().getSimpleName());
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            answer.put("docId", fetched.page().docId());
            answer.put("finalUrl", fetched.page().finalUrl());
            answer.put("status", fetched.page().status());
            answer.put("contentType", fetched.page().contentType());
            answer.put("bytes", fetched.page().body().length);
            answer.put("truncated", fetched.page().truncated());
        } else if (outcome instanceof FetchOutcome.Retry retry) {
            answer.put("reason", retry.reason());
            answer.put("notBefore", retry.notBefore().toString());
        }
        return answer;
    }
}
