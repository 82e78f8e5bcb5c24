package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Installs the versioned index template and makes sure the alias {@code news} points at a physical index. */
public final class IndexSetup {
    private final ElasticsearchClient client;

    public IndexSetup(ElasticsearchClient client) {
        this.client = client;
    }

    public void ensure() {
        try (InputStream template = IndexSetup.class.getResourceAsStream("/elasticsearch/news-template.json")) {
            client.indices().putIndexTemplate(b -> b.name(NewsIndex.TEMPLATE).withJson(template));
            if (!client.indices().existsAlias(b -> b.name(NewsIndex.ALIAS)).value()) {
                String index = NewsIndex.physical(NewsIndex.CURRENT_VERSION);
                if (!client.indices().exists(b -> b.index(index)).value()) {
                    client.indices().create(b -> b.index(index).aliases(NewsIndex.ALIAS, a -> a.isWriteIndex(true)));
                } else {
                    client.indices().putAlias(b -> b.index(index).name(NewsIndex.ALIAS).isWriteIndex(true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the news index: " + e.getMessage(), e);
        }
    }
}
