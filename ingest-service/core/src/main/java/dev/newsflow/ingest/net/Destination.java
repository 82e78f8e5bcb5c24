package dev.newsflow.ingest.net;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * A URL whose host was resolved once and vetted by the {@link AddressGuard}: the fetcher connects to these
 * addresses and no others, so an answer that changes after the check (DNS rebinding) is never used.
 *
 * @param host      the URL host as the guard saw it (lower case, no brackets): sent as Host, SNI and checked
 *                  against the TLS certificate
 * @param port      the effective port
 * @param addresses every address the name resolved to, each permitted, in resolver order
 */
public record Destination(URI uri, String host, int port, List<InetAddress> addresses) {
    public Destination {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a destination needs an address: " + uri);
        }
    }
}
