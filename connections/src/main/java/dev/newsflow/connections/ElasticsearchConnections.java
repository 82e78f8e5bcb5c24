package dev.newsflow.connections;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.newsflow.contracts.Json;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import javax.net.ssl.SSLContext;
import java.net.http.HttpClient;
import java.time.Duration;

/** Builds every Elasticsearch client of the product from {@link ElasticsearchSettings}: TLS, credentials, timeouts. */
public final class ElasticsearchConnections {
    private ElasticsearchConnections() {
    }

    /** The Java API client with the product's JSON mapper, 3 s connect and 30 s socket timeout. */
    public static ElasticsearchClient client(ElasticsearchSettings settings) {
        return client(settings, Duration.ofSeconds(3), Duration.ofSeconds(30));
    }

    public static ElasticsearchClient client(ElasticsearchSettings settings, Duration connectTimeout, Duration socketTimeout) {
        RestClient rest = restClient(settings, connectTimeout, socketTimeout);
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.MAPPER.copy())));
    }

    /** The low-level REST client; closing it closes the connections. */
    public static RestClient restClient(ElasticsearchSettings settings, Duration connectTimeout, Duration socketTimeout) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(settings.url()))
                .setRequestConfigCallback(c -> c.setConnectTimeout((int) connectTimeout.toMillis())
                        .setSocketTimeout((int) socketTimeout.toMillis()));
        settings.authorization().ifPresent(value -> builder.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", value)}));
        SSLContext tls = sslContext(settings);
        if (tls != null) {
            builder.setHttpClientConfigCallback(http -> http.setSSLContext(tls));
        }
        return builder.build();
    }

    /** A JDK HTTP client that trusts the configured CA (for plain REST calls); add {@link ElasticsearchSettings#authorization()}. */
    public static HttpClient httpClient(ElasticsearchSettings settings, Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout);
        SSLContext tls = sslContext(settings);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    private static SSLContext sslContext(ElasticsearchSettings settings) {
        return settings.caFile() == null ? null : PemTrust.sslContext(settings.caFile(), "Elasticsearch");
    }
}
