package dev.newsflow.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/** Accepts the keys of {@code newsflow.api.keys}; an unknown key fails (401) and is logged without the key. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    private final ApiKeys keys;

    public ApiKeyIdentityProvider(@ConfigProperty(name = "newsflow.api.keys") Optional<String> configured) {
        this.keys = ApiKeys.parse(configured.orElse(""));
        if (keys.isEmpty()) {
            LOG.warn("newsflow.api.keys is empty: every write endpoint refuses every request (401)");
        } else {
            LOG.infof("%d API key(s) accepted on write endpoints", keys.size());
        }
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        Optional<String> name = keys.match(request.key());
        if (name.isEmpty()) {
            LOG.debug("refused an unknown API key");
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name.get()))
                .addRole("writer").build());
    }
}
