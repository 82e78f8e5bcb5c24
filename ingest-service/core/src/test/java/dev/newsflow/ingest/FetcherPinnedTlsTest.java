package dev.newsflow.ingest;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.newsflow.contracts.UrlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.File;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * https to a pinned address: the connection goes to the vetted IP, yet SNI and the certificate check use the URL's
 * host name. Loopback only; the certificate is made at test time by the JDK's keytool.
 */
class FetcherPinnedTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final byte[] HTML = "<html><head><title>t</title></head><body>secure</body></html>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private HttpsServer server;
    private final AtomicInteger served = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A self-signed certificate for {@code dnsName} only (no IP in it). */
    private KeyStore certificateFor(String dnsName) throws Exception {
        Path store = dir.resolve(dnsName + ".p12");
        Process keytool = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/keytool").getPath(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + dnsName, "-ext", "SAN=dns:" + dnsName, "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        byte[] output = keytool.getInputStream().readAllBytes();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, new String(output, StandardCharsets.UTF_8));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        return keys;
    }

    private int serve(KeyStore keys) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.2", 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            served.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, HTML.length);
            exchange.getResponseBody().write(HTML);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private static SSLContext trusting(KeyStore certificate) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(certificate);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private Fetcher fetcher(SSLContext trust) {
        FetchPolicy policy = TestFetchers.loopbackPolicy().withAllowedHosts(Set.of("127.0.0.2"));
        return new Fetcher(policy, new InMemoryFetchHistory(), TestFetchers.resolver(Map.of("secure.test", "127.0.0.2")),
                Clock.systemUTC(), () -> 0.5, trust);
    }

    @Test
    void theCertificateIsCheckedAgainstTheHostNameWhileTheConnectionGoesToTheVettedAddress() throws Exception {
        KeyStore certificate = certificateFor("secure.test");
        int port = serve(certificate);
        try (Fetcher fetcher = fetcher(trusting(certificate))) {
            FetchOutcome.Fetched fetched = assertInstanceOf(FetchOutcome.Fetched.class,
                    fetcher.fetch(UrlRequest.of("https://secure.test:" + port + "/page")));
            assertEquals("secure", new String(fetched.page().body(), StandardCharsets.UTF_8).replaceAll(".*<body>|</body>.*", ""));
        }
        assertEquals(1, served.get());
    }

    @Test
    void aCertificateForAnotherNameIsRefused() throws Exception {
        KeyStore other = certificateFor("other.test");
        int port = serve(other);
        try (Fetcher fetcher = fetcher(trusting(other))) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class,
                    fetcher.fetch(UrlRequest.of("https://secure.test:" + port + "/page")));
            assertTrue(retry.reason().contains("SSL") || retry.reason().contains("certificate"), retry.reason());
        }
        assertEquals(0, served.get());
    }
}
