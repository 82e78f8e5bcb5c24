package dev.newsflow.clean.app;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.RawPage;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Synchronous debugging endpoint: the same code path as the Kafka consumer. */
@Path("/clean")
@Produces(MediaType.APPLICATION_JSON)
public class CleanResource {
    @Inject
    CleanStage stage;

    /** A {@code pages.raw} message in, its clean document out. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CleanDocument cleanMessage(RawPage page) {
        return stage.clean(page);
    }

    /** A raw page (HTML or text, any encoding) in; {@code ?url=} names it. */
    @POST
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/xhtml+xml"})
    public CleanDocument cleanBody(byte[] body, @QueryParam("url") String url, @HeaderParam("Content-Type") String contentType) {
        String pageUrl = url == null || url.isBlank() ? "http://localhost/unnamed" : url;
        RawPage page = new RawPage(RawPage.SCHEMA_VERSION, DocIds.of(pageUrl), pageUrl, pageUrl, List.of(), 200, Map.of(),
                contentType, null, null, body, false, OffsetDateTime.now(), null, null);
        return stage.clean(page);
    }
}
