package dev.newsflow.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeysTest {
    private static final String OLD = "old-key-0123456789abcdef";
    private static final String NEW = "new-key-0123456789abcdef";

    @Test
    void acceptsEveryConfiguredKeySoThatKeysCanBeRotated() {
        ApiKeys keys = ApiKeys.parse("ops:" + OLD + ", " + ApiKeys.digestForm(NEW));
        assertEquals(Optional.of("ops"), keys.match(OLD));
        assertEquals(Optional.of("key-2"), keys.match(NEW));
        assertTrue(keys.match("ops:" + OLD).isEmpty());
        assertTrue(keys.match(OLD + "x").isEmpty());
        assertTrue(keys.match("").isEmpty());
    }

    @Test
    void noKeysAcceptNothing() {
        assertTrue(ApiKeys.parse("").match(OLD).isEmpty());
        assertTrue(ApiKeys.parse(null).isEmpty());
    }

    @Test
    void refusesShortKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("abc"));
        assertTrue(e.getMessage().contains("shorter than"));
    }
}
