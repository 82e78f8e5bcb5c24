package dev.newsflow.contracts;

import java.net.URI;
import java.util.Locale;

/**
 * The Kafka key of a {@code urls} record: the page's host (lower case, without port). Kafka sends equal keys to
 * one partition, so all URLs of a host reach one ingest replica and its per-host politeness (delay, concurrency,
 * robots.txt cache) holds across replicas. Every producer (./pipeline push, POST /urls, any client) should use it.
 */
public final class UrlKeys {
    private UrlKeys() {
    }

    /** The host of the URL, or null when it has none (such a record is refused by ingest and may go anywhere). */
    public static String of(String url) {
        if (url == null) {
            return null;
        }
        try {
            return ofCanonical(DocIds.canonicalUrl(url));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The key of a URL already in canonical form ({@link DocIds#canonicalUrl}), or null when it has no host. */
    public static String ofCanonical(String canonical) {
        try {
            String host = URI.create(canonical).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
