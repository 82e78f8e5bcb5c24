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
            String host = URI.create(DocIds.canonicalUrl(url)).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
