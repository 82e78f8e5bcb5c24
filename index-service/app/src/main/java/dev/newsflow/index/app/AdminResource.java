package dev.newsflow.index.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsflow.index.IndexMigration;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operator actions; {@code ./pipeline reindex} calls this. */
@Path("/admin/index")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @Inject
    ElasticsearchClient client;

    /** Creates the next index version from the current template, copies the documents and moves the alias. */
    @POST
    @Path("migrate")
    public IndexMigration.Result migrate() {
        return new IndexMigration(client).migrate();
    }
}
