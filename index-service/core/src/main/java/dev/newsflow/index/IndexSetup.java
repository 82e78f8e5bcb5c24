package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.Json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Installs the versioned index template and makes sure the alias {@code news} points at a physical index.
 * Where the cluster has a Chinese analyzer, the template gives {@code title}, {@code text} and {@code summary}
 * a {@code .zh} sub-field analyzed with it.
 */
public final class IndexSetup {
    static final List<String> ANALYZED_FIELDS = List.of("title", "text", "summary");

    private final ElasticsearchClient client;

    public IndexSetup(ElasticsearchClient client) {
        this.client = client;
    }

    /** @return the Chinese analyzer found on the cluster, if any */
    public Optional<String> ensure() {
        Optional<String> analyzer = ChineseAnalyzers.detect(client);
        try (InputStream template = new ByteArrayInputStream(template(analyzer).getBytes(StandardCharsets.UTF_8))) {
            client.indices().putIndexTemplate(b -> b.name(NewsIndex.TEMPLATE).withJson(template));
            if (client.indices().existsAlias(b -> b.name(NewsIndex.ALIAS)).value()) {
                addNewFields(template(analyzer));
            } else {
                String index = NewsIndex.physical(NewsIndex.CURRENT_VERSION);
                if (!client.indices().exists(b -> b.index(index)).value()) {
                    client.indices().create(b -> b.index(index).aliases(NewsIndex.ALIAS, a -> a.isWriteIndex(true)));
                } else {
                    client.indices().putAlias(b -> b.index(index).name(NewsIndex.ALIAS).isWriteIndex(true));
                }
            }
            return analyzer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the news index: " + e.getMessage(), e);
        }
    }

    /**
     * Fields a newer template adds (the canonical entity names of template version 2) are added to the indices
     * behind the alias too, so that new documents are aggregated by them without a reindex; old documents, which
     * lack them, keep their surface names (see {@link NewsSearch}). Adding a field never changes an existing one.
     */
    private void addNewFields(String template) throws IOException {
        ObjectNode properties = (ObjectNode) Json.MAPPER.readTree(template).at("/template/mappings/properties");
        ObjectNode added = Json.MAPPER.createObjectNode();
        for (String field : NewsSearch.CANONICAL.values()) {
            added.set(field, properties.get(field));
        }
        String body = Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode().set("properties", added));
        try (InputStream mapping = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
            client.indices().putMapping(b -> b.index(NewsIndex.ALIAS).withJson(mapping));
        }
    }

    /** The template resource, with {@code .zh} sub-fields when a Chinese analyzer is available. */
    static String template(Optional<String> chineseAnalyzer) throws IOException {
        try (InputStream in = IndexSetup.class.getResourceAsStream("/elasticsearch/news-template.json")) {
            ObjectNode template = (ObjectNode) Json.MAPPER.readTree(in);
            chineseAnalyzer.ifPresent(analyzer -> {
                ObjectNode properties = (ObjectNode) template.at("/template/mappings/properties");
                for (String field : ANALYZED_FIELDS) {
                    ObjectNode mapping = (ObjectNode) properties.get(field);
                    ObjectNode fields = mapping.has("fields") ? (ObjectNode) mapping.get("fields") : mapping.putObject("fields");
                    fields.putObject("zh").put("type", "text").put("analyzer", analyzer);
                }
            });
            return Json.MAPPER.writeValueAsString(template);
        }
    }
}
