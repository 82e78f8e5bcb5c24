package dev.newsflow.contracts;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Document identity. Every stage and the index key a document by the id of its canonical URL,
 * so re-pushing the same page (with a different fragment, default port or case of the host) updates one document.
 */
public final class DocIds {
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().build();

    private DocIds() {
    }

    /**
     * Canonical form of an http(s) URL.
     *
     * @throws InvalidUrlException when the text is not an absolute http or https URL
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidUrlException("URL is empty");
        }
        String trimmed = UrlText.prepare(url.strip());
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("malformed URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidUrlException("unsupported scheme (only http and https are fetched): " + trimmed);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidUrlException("URL has no host: " + trimmed);
        }
        String normalized = NORMALIZER.filter(trimmed);
        if (normalized == null) {
            throw new InvalidUrlException("URL cannot be normalized: " + trimmed);
        }
        return normalized;
    }

    /** The document id of a URL: 16 hex digits of the SHA-256 of its canonical form. */
    public static String of(String url) {
        return hash(canonicalUrl(url));
    }

    /** The id of a URL already in canonical form ({@link #canonicalUrl}), for callers that need both (one normalization). */
    public static String ofCanonical(String canonical) {
        return hash(canonical);
    }

    private static String hash(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Thrown for text that is not a fetchable URL; the message says why. */
    public static final class InvalidUrlException extends IllegalArgumentException {
        public InvalidUrlException(String message) {
            super(message);
        }
    }
}
