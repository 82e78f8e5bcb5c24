package dev.newsflow.security;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;

/**
 * Error responses of every service: bad input gets its reason (422), a JAX-RS error its status, anything else a
 * 500 that says only where to look. Internal detail (stack traces, Elasticsearch or Kafka messages, hosts) stays
 * in the service log under a reference the caller can quote.
 */
public final class ErrorBodies {
    private static final Logger LOG = Logger.getLogger(ErrorBodies.class);

    private ErrorBodies() {
    }

    public static Response of(RuntimeException e, boolean badInput) {
        if (badInput) {
            return Response.status(422).entity(Map.of("error", String.valueOf(e.getMessage()))).build();
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Response.status(status.getStatusCode()).entity(Map.of("error", status.getReasonPhrase())).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "request failed (reference %s)", reference);
        return Response.status(500).entity(Map.of("error", "internal error (reference " + reference + "; see the service log)")).build();
    }
}
