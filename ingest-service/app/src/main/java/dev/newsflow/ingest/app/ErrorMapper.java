package dev.newsflow.ingest.app;

import dev.newsflow.security.ErrorBodies;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;


/** Input that cannot be processed is the caller's problem: 422 with the reason, anything else a 500 without internal detail. */
@Provider
public class ErrorMapper implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
        boolean badInput = e instanceof IllegalArgumentException || e instanceof RejectedUrlException;
        return ErrorBodies.of(e, badInput);
    }
}
