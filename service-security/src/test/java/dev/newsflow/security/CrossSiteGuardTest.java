package dev.newsflow.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CrossSiteGuardTest {
    private final CrossSiteGuard guard = new CrossSiteGuard(Optional.of("https://ops.example"));

    @Test
    void letsScriptsAndSameOriginPagesThrough() {
        assertNull(guard.refusal(null, null, "127.0.0.1:8081", "application/json"));
        assertNull(guard.refusal("same-origin", "http://127.0.0.1:8081", "127.0.0.1:8081", "application/json"));
        assertNull(guard.refusal("cross-site", "https://ops.example", "127.0.0.1:8081", "application/json"));
    }

    @Test
    void refusesOtherSites() {
        assertEquals("cross-site request refused", guard.refusal("cross-site", "https://evil.example", "127.0.0.1:8081", "application/json"));
        assertEquals("cross-site request refused (origin not allowed)", guard.refusal(null, "https://evil.example", "127.0.0.1:8081", "text/plain"));
        assertEquals("cross-site request refused (origin not allowed)", guard.refusal(null, "null", "127.0.0.1:8081", "application/json"));
    }

    @Test
    void refusesFormBodies() {
        assertEquals("form bodies are not accepted; send JSON or the raw document",
                guard.refusal(null, null, "127.0.0.1:8081", "application/x-www-form-urlencoded; charset=UTF-8"));
    }
}
