package dev.newsflow.ingest.app;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** Input that cannot be processed is the caller's problem: 422 with the reason, not a 500 with a stack trace. */
@Provider
public class ErrorMapper implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
        boolean badInput = e instanceof IllegalArgumentException || e instanceof RejectedUrlException;
        return Response.status(badInput ? 422 : 500).entity(Map.of("error", String.valueOf(e.getMessage()))).build();
    }
}
