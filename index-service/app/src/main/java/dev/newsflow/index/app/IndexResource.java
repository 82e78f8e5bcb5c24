package dev.newsflow.index.app;

import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.index.IndexResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Synchronous debugging endpoint: index one {@code pages.enriched} message through the consumer's code path. */
@Path("/index")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {
    @Inject
    IndexStage stage;

    @POST
    public IndexResult index(EnrichedDocument doc) {
        return stage.indexUntilAcknowledged(List.of(doc)).get(0);
    }
}
