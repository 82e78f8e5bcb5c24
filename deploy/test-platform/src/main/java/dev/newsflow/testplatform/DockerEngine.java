package dev.newsflow.testplatform;

import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Whether a Docker engine answers. A CLI on the path or a socket file is not enough: the engine must answer
 * {@code GET /_ping}. Every probe is bounded in time, and Testcontainers (slow and talkative when nothing is there)
 * is only asked to confirm once our own ping got an answer, or where we cannot ping ourselves (TLS, named pipes).
 */
public final class DockerEngine implements EngineProbe {
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration TESTCONTAINERS_TIMEOUT = Duration.ofSeconds(30);

    private final List<String> endpoints;
    private final Callable<Boolean> testcontainersCheck;
    private final Duration pingTimeout;
    private final Duration testcontainersTimeout;

    DockerEngine(List<String> endpoints, Callable<Boolean> testcontainersCheck, Duration pingTimeout, Duration testcontainersTimeout) {
        this.endpoints = List.copyOf(endpoints);
        this.testcontainersCheck = testcontainersCheck;
        this.pingTimeout = pingTimeout;
        this.testcontainersTimeout = testcontainersTimeout;
    }

    /** The endpoints Docker clients use on this machine, in Testcontainers' order of preference. */
    public static DockerEngine ofThisMachine() {
        return new DockerEngine(candidateEndpoints(System.getenv(), Path.of(System.getProperty("user.home"))),
                () -> DockerClientFactory.instance().isDockerAvailable(), PING_TIMEOUT, TESTCONTAINERS_TIMEOUT);
    }

    static List<String> candidateEndpoints(Map<String, String> env, Path home) {
        Set<String> found = new LinkedHashSet<>();
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            found.add(dockerHost.strip());
        }
        Path userConfig = home.resolve(".testcontainers.properties");
        if (Files.isReadable(userConfig)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(userConfig)) {
                props.load(in);
                String configured = props.getProperty("docker.host");
                if (configured != null && !configured.isBlank()) {
                    found.add(configured.strip());
                }
            } catch (IOException ignored) {
                // an unreadable file configures nothing
            }
        }
        found.add("unix:///var/run/docker.sock");
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            found.add("unix://" + Path.of(runtimeDir, "docker.sock"));
        }
        found.add("unix://" + home.resolve(".docker/run/docker.sock"));
        found.add("unix://" + home.resolve(".docker/desktop/docker.sock"));
        found.add("unix://" + home.resolve(".rd/docker.sock"));
        found.add("unix://" + home.resolve(".colima/default/docker.sock"));
        return new ArrayList<>(found);
    }

    @Override
    public String searched() {
        return String.join(", ", endpoints);
    }

    @Override
    public Optional<String> answeringEndpoint() {
        boolean unsure = false;
        for (String endpoint : endpoints) {
            Ping ping = ping(endpoint, pingTimeout);
            if (ping == Ping.ANSWERED) {
                return confirmedByTestcontainers() ? Optional.of(endpoint) : Optional.empty();
            }
            unsure |= ping == Ping.CANNOT_TELL;
        }
        return unsure && confirmedByTestcontainers() ? Optional.of("the endpoint Testcontainers found") : Optional.empty();
    }

    private boolean confirmedByTestcontainers() {
        return Boolean.TRUE.equals(bounded(testcontainersCheck, testcontainersTimeout, false));
    }

    enum Ping { ANSWERED, SILENT, CANNOT_TELL }

    /** One {@code GET /_ping} to the endpoint, within the timeout. */
    static Ping ping(String endpoint, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return Ping.SILENT;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        return switch (scheme) {
            case "unix" -> {
                Path socket = Path.of(uri.getPath());
                yield Files.exists(socket) ? bounded(() -> answersPing(unixChannel(socket)), timeout, Ping.SILENT) : Ping.SILENT;
            }
            case "tcp", "http" -> System.getenv("DOCKER_TLS_VERIFY") != null && !System.getenv("DOCKER_TLS_VERIFY").isEmpty()
                    ? Ping.CANNOT_TELL
                    : bounded(() -> answersPing(tcpSocket(uri, timeout)), timeout, Ping.SILENT);
            default -> Ping.CANNOT_TELL; // npipe://, ssh://, https://: left to Testcontainers
        };
    }

    private static SocketChannel unixChannel(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static SocketChannel tcpSocket(URI uri, Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            Socket socket = channel.socket();
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()), (int) timeout.toMillis());
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static Ping answersPing(SocketChannel channel) throws IOException {
        try (channel) {
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            byte[] head = Channels.newInputStream(channel).readNBytes(64);
            String status = new String(head, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.") && status.length() > 12 && status.substring(9, 12).equals("200") ? Ping.ANSWERED : Ping.SILENT;
        }
    }

    /** Runs the call on a daemon thread and gives up after the timeout, so a hanging socket cannot hang the build. */
    private static <T> T bounded(Callable<T> call, Duration timeout, T onFailure) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "docker-engine-probe");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<T> result = executor.submit(call);
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return onFailure;
        } catch (Exception e) {
            return onFailure;
        } finally {
            executor.shutdownNow();
        }
    }
}
