package dev.newsflow.ingest.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exceptions to the address guard: entries {@code host}, {@code host:port}, an IP literal or a CIDR block.
 * A host entry permits whatever that name resolves to; an IP or CIDR entry permits those addresses for any name.
 */
public final class HostAllowlist {
    private record HostEntry(String host, int port) {
    }

    private final List<HostEntry> hosts = new ArrayList<>();
    private final List<Cidr> blocks = new ArrayList<>();

    public HostAllowlist(Set<String> entries) {
        for (String raw : entries) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.startsWith("[") && entry.contains("]:")) {
                int close = entry.indexOf("]:");
                hosts.add(new HostEntry(entry.substring(1, close), Integer.parseInt(entry.substring(close + 2))));
                continue;
            }
            if (entry.contains("/") || Cidr.isIpLiteral(entry) || (entry.startsWith("[") && entry.endsWith("]"))) {
                blocks.add(Cidr.parse(entry));
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.indexOf(':') == colon) {
                // host:port, or IPv4:port matched against the literal URL host
                hosts.add(new HostEntry(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1))));
                continue;
            }
            hosts.add(new HostEntry(entry, -1));
        }
    }

    public boolean isEmpty() {
        return hosts.isEmpty() && blocks.isEmpty();
    }

    /** @param host the URL host without brackets, lower case; {@code port} the effective port */
    public boolean permits(String host, int port, InetAddress address) {
        for (HostEntry entry : hosts) {
            if (entry.host.equals(host) && (entry.port < 0 || entry.port == port)) {
                return true;
            }
        }
        for (Cidr block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
