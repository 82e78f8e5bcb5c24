package dev.newsflow.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The key a caller presented ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}). */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyAuthenticationRequest";
    }
}
