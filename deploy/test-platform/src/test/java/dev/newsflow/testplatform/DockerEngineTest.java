package dev.newsflow.testplatform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The engine probe against real sockets: one that answers like Docker, one that never answers, none at all. */
class DockerEngineTest {
    private static final Duration PING = Duration.ofMillis(800);

    @TempDir
    Path dir;

    @Test
    void aSocketFileThatDoesNotExistIsNoEngineAndTestcontainersIsNotAsked() {
        AtomicInteger asked = new AtomicInteger();
        DockerEngine engine = new DockerEngine(List.of("unix://" + dir.resolve("docker.sock")), () -> {
            asked.incrementAndGet();
            return true;
        }, PING, Duration.ofSeconds(5));
        assertTrue(engine.answeringEndpoint().isEmpty());
        assertEquals(0, asked.get(), "no ping answered, so the slow Testcontainers check is skipped");
    }

    @Test
    void anEngineThatAnswersPingIsFoundAndConfirmed() throws Exception {
        Path socket = dir.resolve("docker.sock");
        try (FakeEngine ignored = new FakeEngine(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK")) {
            DockerEngine engine = new DockerEngine(List.of("unix://" + dir.resolve("none.sock"), "unix://" + socket), () -> true, PING, Duration.ofSeconds(5));
            assertEquals("unix://" + socket, engine.answeringEndpoint().orElseThrow());

            DockerEngine unconfirmed = new DockerEngine(List.of("unix://" + socket), () -> false, PING, Duration.ofSeconds(5));
            assertTrue(unconfirmed.answeringEndpoint().isEmpty(), "Testcontainers must be able to use it too");
        }
    }

    @Test
    void aSocketThatAcceptsButNeverAnswersIsNoEngineWithinTheBound() throws Exception {
        Path socket = dir.resolve("docker.sock");
        try (FakeEngine ignored = new FakeEngine(socket, null)) {
            long start = System.nanoTime();
            assertEquals(DockerEngine.Ping.SILENT, DockerEngine.ping("unix://" + socket, PING));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(PING.multipliedBy(3)) < 0, "bounded by the ping timeout");
        }
    }

    @Test
    void anEngineAnsweringAnErrorIsNoEngine() throws Exception {
        Path socket = dir.resolve("docker.sock");
        try (FakeEngine ignored = new FakeEngine(socket, "HTTP/1.1 500 Internal Server Error\r\n\r\n")) {
            assertEquals(DockerEngine.Ping.SILENT, DockerEngine.ping("unix://" + socket, PING));
        }
    }

    @Test
    void aHangingTestcontainersCheckIsCutOff() throws Exception {
        Path socket = dir.resolve("docker.sock");
        try (FakeEngine ignored = new FakeEngine(socket, "HTTP/1.1 200 OK\r\n\r\nOK")) {
            DockerEngine engine = new DockerEngine(List.of("unix://" + socket), () -> {
                Thread.sleep(60_000);
                return true;
            }, PING, Duration.ofMillis(500));
            long start = System.nanoTime();
            assertTrue(engine.answeringEndpoint().isEmpty());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
        }
    }

    @Test
    void endpointsComeFromDockerHostTheTestcontainersFileAndTheUsualSockets() throws IOException {
        Files.writeString(dir.resolve(".testcontainers.properties"), "docker.host=tcp://127.0.0.1:2376\n");
        List<String> endpoints = DockerEngine.candidateEndpoints(Map.of("DOCKER_HOST", "unix:///custom.sock", "XDG_RUNTIME_DIR", "/run/user/1000"), dir);
        assertEquals(List.of("unix:///custom.sock", "tcp://127.0.0.1:2376", "unix:///var/run/docker.sock", "unix:///run/user/1000/docker.sock"),
                endpoints.subList(0, 4));
        assertTrue(endpoints.contains("unix://" + dir.resolve(".docker/run/docker.sock")));
    }

    @Test
    void endpointsWeCannotPingOurselvesAreLeftToTestcontainers() {
        assertEquals(DockerEngine.Ping.CANNOT_TELL, DockerEngine.ping("npipe:////./pipe/docker_engine", PING));
    }

    /** A unix socket server that answers every connection with a fixed reply, or never (null). */
    private static final class FakeEngine implements AutoCloseable {
        private final ServerSocketChannel server;
        private final Thread thread;

        FakeEngine(Path socket, String reply) throws IOException {
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            thread = new Thread(() -> {
                try {
                    while (true) {
                        SocketChannel client = server.accept();
                        client.read(ByteBuffer.allocate(1024));
                        if (reply != null) {
                            client.write(ByteBuffer.wrap(reply.getBytes(StandardCharsets.US_ASCII)));
                            client.close();
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "fake-docker-engine");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
