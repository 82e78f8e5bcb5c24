package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.newsflow.contracts.EnrichedDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes enriched documents with one bulk request: {@code _id} = document id and an external version from the
 * fetch time, so replays leave the index unchanged and stale updates are ignored.
 */
public final class NewsIndexer {
    static final int MAX_REASON_CHARS = 300;

    private final ElasticsearchClient client;
    private final DocumentMapper mapper = new DocumentMapper();

    public NewsIndexer(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @return one result per document, in order
     * @throws ElasticsearchUnavailableException when the whole request failed or some items hit a temporary error
     */
    public List<IndexResult> index(List<EnrichedDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(NewsIndex.ALIAS);
        for (EnrichedDocument doc : documents) {
            Map<String, Object> source = mapper.toSource(doc);
            long version = mapper.version(doc);
            bulk.operations(op -> op.index(i -> i.id(doc.docId).version(version).versionType(VersionType.ExternalGte).document(source)));
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (IOException | RuntimeException e) {
            throw new ElasticsearchUnavailableException("bulk request failed: " + e.getMessage(), e);
        }
        List<IndexResult> results = new ArrayList<>(documents.size());
        for (int i = 0; i < response.items().size(); i++) {
            results.add(toResult(documents.get(i).docId, response.items().get(i)));
        }
        return results;
    }

    /** Elasticsearch quotes the offending value in its reason; a dead-letter header needs the gist, not the document. */
    static String abbreviate(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static IndexResult toResult(String docId, BulkResponseItem item) {
        if (item.error() == null) {
            return new IndexResult.Indexed(docId);
        }
        int status = item.status();
        if (status == 409) {
            return new IndexResult.Stale(docId);
        }
        String reason = abbreviate(item.error().type() + ": " + item.error().reason());
        if (status == 429 || status >= 500) {
            throw new ElasticsearchUnavailableException("Elasticsearch could not take document " + docId + " now (" + status + " " + reason + ")", null);
        }
        return new IndexResult.Rejected(docId, status, reason);
    }
}
