package dev.newsflow.index.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsflow.connections.ConnectionProblems;
import dev.newsflow.connections.ElasticsearchConnections;
import dev.newsflow.connections.ElasticsearchSettings;
import dev.newsflow.index.IndexSetup;
import dev.newsflow.index.NewsWriter;
import dev.newsflow.index.WriterSettings;
import dev.newsflow.index.NewsSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One Elasticsearch client for the service, and the index layout installed once Elasticsearch answers. */
@ApplicationScoped
public class ElasticsearchSetup {
    private final ElasticsearchSettings settings;
    private final ElasticsearchClient client;
    private volatile boolean indexReady;
    private volatile String problem;

    public ElasticsearchSetup() {
        Config config = ConfigProvider.getConfig();
        this.settings = ElasticsearchSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null));
        this.client = ElasticsearchConnections.client(settings);
        org.jboss.logging.Logger.getLogger(ElasticsearchSetup.class).infof("using %s", settings);
    }

    @Produces
    ElasticsearchClient client() {
        return client;
    }

    @Produces
    @ApplicationScoped
    NewsWriter writer(@ConfigProperty(name = "newsflow.index.bulk.max-operations") int maxOperations,
                      @ConfigProperty(name = "newsflow.index.bulk.max-bytes") long maxBytes,
                      @ConfigProperty(name = "newsflow.index.bulk.flush-interval") java.time.Duration flushInterval,
                      @ConfigProperty(name = "newsflow.index.max-in-flight") int maxInFlight) {
        return new NewsWriter(client, new WriterSettings(maxOperations, maxBytes, flushInterval, maxInFlight,
                java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(30)));
    }

    void close(@jakarta.enterprise.inject.Disposes NewsWriter writer) {
        writer.close();
    }

    @Produces
    @ApplicationScoped
    NewsSearch search() {
        return new NewsSearch(client);
    }

    /** Installs the template and alias on first use, waiting (with growing pauses) while Elasticsearch is unreachable. */
    public void awaitIndex() throws InterruptedException {
        long pause = 500;
        while (true) {
            try {
                ensureIndex();
                return;
            } catch (RuntimeException e) {
                org.jboss.logging.Logger.getLogger(ElasticsearchSetup.class).warnf("Elasticsearch not ready (%s); retrying in %d ms",
                        ConnectionProblems.elasticsearch(e, settings), pause);
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    /** Installs the template and alias on first use; throws while Elasticsearch is unreachable. */
    public void ensureIndex() {
        if (!indexReady) {
            synchronized (this) {
                if (!indexReady) {
                    String analyzer = new IndexSetup(client).ensure().orElse("none (standard + pre-segmented segmentedText)");
                    org.jboss.logging.Logger.getLogger(ElasticsearchSetup.class).infof("news index ready; Chinese analyzer: %s", analyzer);
                    indexReady = true;
                }
            }
        }
    }

    /** Cluster health rather than ping: the minimal distribution answers GET / with 405. */
    public boolean ping() {
        try {
            boolean up = client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status() != co.elastic.clients.elasticsearch._types.HealthStatus.Red;
            problem = up ? null : "the Elasticsearch cluster at " + settings.url() + " is red.";
            return up;
        } catch (Exception e) {
            problem = ConnectionProblems.elasticsearch(e, settings);
            return false;
        }
    }

    /** Why the last {@link #ping()} failed, in one sentence without secrets; null when it succeeded. */
    public String problem() {
        return problem;
    }
}
