package dev.newsflow.ingest.net;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure checks: nothing here opens a connection; names resolve through a table. */
class AddressGuardTest {

    private static HostResolver table(Map<String, List<String>> names) {
        return host -> {
            List<String> addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses.stream().map(a -> {
                try {
                    return InetAddress.getByName(a);
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        };
    }

    private static final HostResolver RESOLVER = table(Map.of(
            "public.test", List.of("93.184.216.34"),
            "internal.test", List.of("10.1.2.3"),
            "metadata.test", List.of("169.254.169.254"),
            "mixed.test", List.of("93.184.216.34", "192.168.1.1"),
            "v6local.test", List.of("fd00::1"),
            "demo.local", List.of("127.0.0.1")));

    private final AddressGuard guard = new AddressGuard(RESOLVER, new HostAllowlist(Set.of()));

    @Test
    void forbidsEveryNonPublicRange() {
        for (String address : List.of("127.0.0.1", "127.255.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.0.1",
                "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
                "64:ff9b::a9fe:a9fe", "2002:0a00:0001::1")) {
            assertNotNull(AddressGuard.forbiddenKind(literal(address)), address);
        }
    }

    @Test
    void permitsPublicAddresses() {
        for (String address : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::1111", "64:ff9b::808:808")) {
            assertNull(AddressGuard.forbiddenKind(literal(address)), address);
        }
    }

    @Test
    void namesThatResolvePrivateAreRefusedWithTheKind() {
        assertTrue(refusal("http://internal.test/").contains("private"));
        assertTrue(refusal("http://metadata.test/latest/meta-data/").contains("link-local"));
        assertTrue(refusal("http://v6local.test/").contains("private"));
        assertTrue(refusal("http://169.254.169.254/latest/meta-data/").contains("link-local"));
        assertTrue(refusal("http://[::1]:8080/").contains("loopback"));
        assertTrue(refusal("http://0.0.0.0/").contains("unspecified"));
        // numeric spellings of 127.0.0.1 that the JDK accepts
        assertTrue(refusal("http://2130706433/").contains("loopback"));
        assertTrue(refusal("http://[::ffff:127.0.0.1]/").contains("loopback"));
        assertDoesNotThrow(() -> guard.check(URI.create("http://public.test/")));
    }

    @Test
    void oneForbiddenAddressAmongSeveralIsEnoughToRefuse() {
        assertTrue(refusal("http://mixed.test/").contains("192.168.1.1"));
    }

    @Test
    void unknownNamesAreReportedAsSuch() {
        assertThrows(UnknownHostException.class, () -> guard.check(URI.create("http://nowhere.test/")));
    }

    @Test
    void allowlistEntriesByHostPortIpAndCidr() throws Exception {
        URI demo = URI.create("http://demo.local:8080/");
        assertThrows(BlockedAddressException.class, () -> guard.check(demo));
        assertDoesNotThrow(() -> guarded("demo.local").check(demo));
        assertDoesNotThrow(() -> guarded("demo.local:8080").check(demo));
        assertThrows(BlockedAddressException.class, () -> guarded("demo.local:9090").check(demo));
        assertDoesNotThrow(() -> guarded("127.0.0.0/8").check(demo));
        assertDoesNotThrow(() -> guarded("127.0.0.1").check(demo));
        assertThrows(BlockedAddressException.class, () -> guarded("10.0.0.0/8").check(demo));
        assertDoesNotThrow(() -> guarded("[::1]:8080").check(URI.create("http://[::1]:8080/")));
        assertEquals(1, guarded("demo.local").check(demo).size());
    }

    private AddressGuard guarded(String entry) {
        return new AddressGuard(RESOLVER, new HostAllowlist(Set.of(entry)));
    }

    private String refusal(String url) {
        return assertThrows(BlockedAddressException.class, () -> guard.check(URI.create(url))).getMessage();
    }

    private static InetAddress literal(String text) {
        return Cidr.parseLiteral(text);
    }
}
