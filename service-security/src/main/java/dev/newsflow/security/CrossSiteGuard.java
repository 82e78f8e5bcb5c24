package dev.newsflow.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses cross-site requests to anything that writes, before authentication: a browser page on another site
 * cannot make a service act (defence in depth next to the API key, which a browser never sends on its own).
 * A request that writes is refused when the browser says it is cross-site ({@code Sec-Fetch-Site}), when its
 * {@code Origin} is neither this service nor one of {@code newsflow.api.allowed-origins}, or when its body is a
 * form ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}), which any page can post.
 */
@ApplicationScoped
public class CrossSiteGuard {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    private final Set<String> allowedOrigins;

    public CrossSiteGuard(@ConfigProperty(name = "newsflow.api.allowed-origins") Optional<String> allowed) {
        this.allowedOrigins = Arrays.stream(allowed.orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    void register(@Observes Filters filters) {
        // above the authentication handler, so a refused request is not even authenticated
        filters.register(this::check, 300);
    }

    void check(RoutingContext context) {
        if (SAFE.contains(context.request().method())) {
            context.next();
            return;
        }
        var authority = context.request().authority();
        String host = authority == null ? null : authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
        String refusal = refusal(context.request().getHeader("Sec-Fetch-Site"), context.request().getHeader("Origin"),
                host, context.request().getHeader("Content-Type"));
        if (refusal == null) {
            context.next();
            return;
        }
        int status = refusal.startsWith("form") ? 415 : 403;
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end("{\"error\":\"" + refusal + "\"}");
    }

    /** Why a writing request is refused, or null when it may go on. */
    String refusal(String fetchSite, String origin, String host, String contentType) {
        if (fetchSite != null && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))
                && (origin == null || !allowedOrigins.contains(origin.toLowerCase(Locale.ROOT)))) {
            return "cross-site request refused";
        }
        if (origin != null && !origin.isBlank() && !sameOrigin(origin, host) && !allowedOrigins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
            return "cross-site request refused (origin not allowed)";
        }
        if (contentType != null) {
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (FORM_TYPES.contains(type)) {
                return "form bodies are not accepted; send JSON or the raw document";
            }
        }
        return null;
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
