package dev.newsflow.index.app;

import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.index.IndexResult;
import dev.newsflow.index.NewsWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Synchronous debugging endpoint: index one {@code pages.enriched} message through the consumer's writer. */
@Path("/index")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {
    @Inject
    NewsWriter writer;

    @Inject
    ElasticsearchSetup elasticsearch;

    @POST
    public IndexResult index(EnrichedDocument doc) throws InterruptedException, ExecutionException, TimeoutException {
        elasticsearch.ensureIndex();
        return writer.write(doc).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
