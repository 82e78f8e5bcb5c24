package dev.newsflow.ingest.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard: refuses URLs whose host resolves to loopback, private, link-local (cloud metadata),
 * multicast, unspecified or otherwise non-public addresses, unless the allowlist permits them.
 * Checked before every connection: the first request, each redirect hop and robots.txt.
 *
 * <p>A name is refused if ANY of its addresses is refused. The name is resolved once: {@link #vet} returns the
 * vetted addresses as a {@link Destination}, and the HTTP client connects to exactly those (it never resolves
 * names itself), so DNS rebinding between the check and the connection is not possible.
 */
public final class AddressGuard {

    private record Block(Cidr cidr, String kind) {
    }

    private static final List<Block> BLOCKED = List.of(
            block("0.0.0.0/8", "unspecified"),
            block("10.0.0.0/8", "private"),
            block("100.64.0.0/10", "private (carrier-grade NAT)"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local"),
            block("172.16.0.0/12", "private"),
            block("192.0.0.0/24", "reserved"),
            block("192.0.2.0/24", "reserved"),
            block("192.168.0.0/16", "private"),
            block("198.18.0.0/15", "reserved"),
            block("198.51.100.0/24", "reserved"),
            block("203.0.113.0/24", "reserved"),
            block("224.0.0.0/4", "multicast"),
            block("240.0.0.0/4", "reserved"),
            block("::/128", "unspecified"),
            block("::1/128", "loopback"),
            block("::/96", "reserved (IPv4-compatible)"),
            block("fc00::/7", "private (unique local)"),
            block("fe80::/10", "link-local"),
            block("fec0::/10", "private (site-local)"),
            block("ff00::/8", "multicast"),
            block("2001:db8::/32", "reserved"));

    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final HostResolver resolver;
    private final HostAllowlist allowlist;

    public AddressGuard(HostResolver resolver, HostAllowlist allowlist) {
        this.resolver = resolver;
        this.allowlist = allowlist;
    }

    /** The addresses of the URL's host, all of them permitted; see {@link #vet}. */
    public List<InetAddress> check(URI uri) throws BlockedAddressException, UnknownHostException {
        return vet(uri).addresses();
    }

    /**
     * Resolves the URL's host once and checks every address.
     *
     * @return where the fetcher may connect for this URL
     * @throws BlockedAddressException when one of the addresses is not permitted
     * @throws UnknownHostException    when the name does not resolve
     */
    public Destination vet(URI uri) throws BlockedAddressException, UnknownHostException {
        String host = hostOf(uri);
        int port = effectivePort(uri);
        List<InetAddress> addresses = Cidr.isIpLiteral(host) ? List.of(Cidr.parseLiteral(host)) : resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            String kind = forbiddenKind(address);
            if (kind != null && !allowlist.permits(host, port, address)) {
                throw new BlockedAddressException("host " + host + " resolves to a " + kind + " address ("
                        + address.getHostAddress() + "), refused");
            }
        }
        return new Destination(uri, host, port, addresses);
    }

    /** Why an address may not be fetched from, or null if it is a public unicast address. */
    public static String forbiddenKind(InetAddress address) {
        for (Block block : BLOCKED) {
            if (block.cidr.contains(address)) {
                return block.kind;
            }
        }
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            if (NAT64.contains(address)) {
                return embedded(bytes, 12);
            }
            if (SIX_TO_FOUR.contains(address)) {
                return embedded(bytes, 2);
            }
        }
        return null;
    }

    private static String embedded(byte[] ipv6, int offset) {
        try {
            InetAddress v4 = Inet4Address.getByAddress(new byte[]{ipv6[offset], ipv6[offset + 1], ipv6[offset + 2], ipv6[offset + 3]});
            String kind = forbiddenKind(v4);
            return kind == null ? null : kind + " (embedded IPv4)";
        } catch (UnknownHostException e) {
            return "reserved";
        }
    }

    public static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("URL has no host: " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host;
    }

    public static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Block block(String cidr, String kind) {
        return new Block(Cidr.parse(cidr), kind);
    }
}
