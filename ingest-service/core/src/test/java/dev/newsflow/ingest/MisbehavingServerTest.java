package dev.newsflow.ingest;

import dev.newsflow.contracts.UrlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Servers that break HTTP in the ways real ones do, on a raw loopback socket. */
@Timeout(20)
class MisbehavingServerTest {

    /** What the server does with one accepted connection. */
    private interface Behaviour {
        void serve(Socket socket) throws IOException, InterruptedException;
    }

    private ServerSocket socket;
    private Thread acceptor;

    private String serve(Behaviour behaviour) throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    readRequestHead(client.getInputStream());
                    behaviour.serve(client);
                } catch (IOException | InterruptedException e) {
                    // closed by the test or by the client
                }
            }
        }, "misbehaving-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return "http://127.0.0.1:" + socket.getLocalPort() + "/page";
    }

    @AfterEach
    void stop() throws IOException {
        if (socket != null) {
            socket.close();
        }
        if (acceptor != null) {
            acceptor.interrupt();
        }
    }

    private static FetchPolicy quick() {
        return TestFetchers.loopbackPolicy().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400), Duration.ofSeconds(3));
    }

    @Test
    void connectionClosedWithoutAnswerIsRetried() throws IOException {
        String url = serve(client -> client.close());
        try (Fetcher fetcher = TestFetchers.fetcher(quick())) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(url), 1));
            assertTrue(retry.reason().contains("network error"), retry.reason());
        }
    }

    @Test
    void bodyShorterThanItsContentLengthIsRetried() throws IOException {
        String url = serve(client -> {
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html>only this").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
        try (Fetcher fetcher = TestFetchers.fetcher(quick())) {
            assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(url), 1));
        }
    }

    @Test
    void headersDrippedByteByByteHitTheReadTimeout() throws IOException {
        String url = serve(client -> {
            OutputStream out = client.getOutputStream();
            for (byte b : "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(100);
            }
        });
        try (Fetcher fetcher = TestFetchers.fetcher(quick())) {
            long start = System.nanoTime();
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(url), 1));
            assertTrue(retry.reason().contains("timeout"), retry.reason());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 4000, "the drip lasts 8 s");
        }
    }

    @Test
    void endlessHeadersAreCutOffNotBuffered() throws IOException {
        String url = serve(client -> {
            OutputStream out = client.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("X-Padding: " + "a".repeat(1000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(line);
            }
        });
        try (Fetcher fetcher = TestFetchers.fetcher(quick())) {
            long start = System.nanoTime();
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(url), 1));
            assertTrue(retry.reason().toLowerCase().contains("header"), retry.reason());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2500, "cut off at the header limit, not by the total timeout");
        }
    }

    @Test
    void garbageInsteadOfHttpIsRetriedThenRejected() throws IOException {
        String url = serve(client -> {
            client.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        });
        try (Fetcher fetcher = TestFetchers.fetcher(quick().withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(2)))) {
            FetchOutcome.Retry retry = assertInstanceOf(FetchOutcome.Retry.class, fetcher.fetch(UrlRequest.of(url), 1));
            assertInstanceOf(FetchOutcome.Rejected.class, fetcher.fetch(UrlRequest.of(url), retry.nextAttempt()));
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
    }
}
