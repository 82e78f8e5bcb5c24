package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.newsflow.contracts.Json;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** Builds the Elasticsearch Java API client (8.x) over the low-level REST client. */
public final class ElasticsearchClients {
    private ElasticsearchClients() {
    }

    public static ElasticsearchClient connect(String url) {
        RestClient rest = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(c -> c.setConnectTimeout(3_000).setSocketTimeout(30_000))
                .build();
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.MAPPER.copy())));
    }
}
