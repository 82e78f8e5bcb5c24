package dev.newsflow.extract.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Synchronous debugging endpoint: a {@code pages.clean} message in, its enriched document out; the Kafka consumer's code path. */
@Path("/extract")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {
    @Inject
    ExtractStage stage;

    @POST
    public EnrichedDocument extract(CleanDocument doc) {
        return stage.extract(doc);
    }
}
