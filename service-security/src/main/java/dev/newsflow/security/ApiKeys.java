package dev.newsflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API keys a service accepts, from {@code newsflow.api.keys}: a comma-separated list, so that a new key can be
 * added before the old one is removed (rotation). An entry is {@code name:secret} or just {@code secret}; the secret
 * may also be given as {@code sha256:<hex>} so the configuration does not hold it in clear. Keys are compared by
 * their SHA-256 digests in constant time; the name (or {@code key-N}) is the caller's identity in logs.
 */
public final class ApiKeys {
    /** Shorter secrets are refused at start: a key must not be guessable. */
    public static final int MIN_SECRET_LENGTH = 20;

    private record Entry(String name, byte[] digest) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = entries;
    }

    public static ApiKeys parse(String configured) {
        List<Entry> entries = new ArrayList<>();
        if (configured != null) {
            int n = 0;
            for (String raw : configured.split(",")) {
                String item = raw.strip();
                if (item.isEmpty()) {
                    continue;
                }
                n++;
                String name = "key-" + n;
                String secret = item;
                int colon = item.indexOf(':');
                if (colon > 0 && !item.startsWith("sha256:")) {
                    name = item.substring(0, colon);
                    secret = item.substring(colon + 1);
                }
                entries.add(new Entry(name, digestOf(secret, n)));
            }
        }
        return new ApiKeys(List.copyOf(entries));
    }

    private static byte[] digestOf(String secret, int position) {
        if (secret.startsWith("sha256:")) {
            String hex = secret.substring("sha256:".length());
            if (hex.length() != 64) {
                throw new IllegalArgumentException("newsflow.api.keys entry " + position + ": a sha256: entry needs 64 hex digits");
            }
            return HexFormat.of().parseHex(hex);
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("newsflow.api.keys entry " + position + " is shorter than " + MIN_SECRET_LENGTH + " characters");
        }
        return sha256(secret);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The name of the key the caller presented, if it is one of ours. */
    public Optional<String> match(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = sha256(presented);
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The {@code sha256:} form of a key, for operators who keep only digests in configuration. */
    public static String digestForm(String secret) {
        return "sha256:" + HexFormat.of().formatHex(sha256(secret));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
