package dev.newsflow.ingest.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.UrlKeys;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.FetchOutcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class UrlsResource {
    @Inject
    FetchRouter router;

    @Inject
    UrlBatchSender sender;

    /**
     * Accepts a batch (a JSON array of URL strings or {@code {"url":...,"source":...}} objects) onto {@code urls},
     * keyed by host ({@link UrlKeys}). Every record is sent asynchronously through the {@code requests} channel's
     * Kafka producer ({@link UrlBatchSender}: acks=all, idempotent, batched); the answer comes once Kafka
     * acknowledged every record of the batch and says, per item, the document id or why it was refused. When Kafka
     * does not acknowledge them all the answer is an error, so nothing answered with a document id is lost.
     */
    @POST
    @Path("urls")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Map<String, String>> submit(JsonNode batch) {
        List<Map<String, String>> answers = new ArrayList<>(batch.size());
        Iterable<JsonNode> items = batch.isArray() ? batch : List.of(batch);
        UrlBatchSender.Batch sends = sender.batch();
        for (JsonNode item : items) {
            Map<String, String> answer = new LinkedHashMap<>(4);
            String raw = item.isTextual() ? item.asText() : item.toString();
            try {
                UrlRequest request = UrlRequest.parse(raw);
                String canonical = DocIds.canonicalUrl(request.url());
                sends.send(UrlKeys.ofCanonical(canonical), Json.write(request));
                answer.put("url", request.url());
                answer.put("docId", DocIds.ofCanonical(canonical));
            } catch (IllegalArgumentException e) {
                answer.put("input", raw);
                answer.put("error", e.getMessage());
            }
            answers.add(answer);
            if (sends.failed()) {
                break;
            }
        }
        sends.awaitAcknowledgements();
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
