package dev.newsflow.index.app;

import dev.newsflow.index.NewsSearch;
import dev.newsflow.index.SearchQuery;
import dev.newsflow.index.SearchResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/** Search for analysts and for {@code ./pipeline search}: free text plus entity, source, flag and date filters, with facets. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject
    NewsSearch search;

    @Inject
    ElasticsearchSetup elasticsearch;

    @GET
    public SearchResult search(@QueryParam("q") String text,
                               @QueryParam("person") String person,
                               @QueryParam("place") String place,
                               @QueryParam("organization") String organization,
                               @QueryParam("source") String source,
                               @QueryParam("flag") String flag,
                               @QueryParam("from") LocalDate from,
                               @QueryParam("to") LocalDate to,
                               @QueryParam("size") @DefaultValue("10") int size) {
        elasticsearch.ensureIndex();
        return search.search(new SearchQuery(text, person, place, organization, source, flag, from, to, size));
    }
}
