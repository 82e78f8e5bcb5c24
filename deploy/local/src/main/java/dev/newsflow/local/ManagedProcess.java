package dev.newsflow.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A detached background process known by a pid file, so that it outlives the command that started it
 * and a later {@code pipeline down} can stop it.
 */
public final class ManagedProcess {
    private final String name;
    private final PlatformConfig config;

    public ManagedProcess(String name, PlatformConfig config) {
        this.name = name;
        this.config = config;
    }

    public String name() {
        return name;
    }

    public Path pidFile() {
        return config.pidDir().resolve(name + ".pid");
    }

    public Path logFile() {
        return config.logDir().resolve(name + ".log");
    }

    public void start(List<String> command, Map<String, String> environment, Path workDir) {
        try {
            Files.createDirectories(config.pidDir());
            Files.createDirectories(config.logDir());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile(), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new PlatformException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The running process, if its pid file names a live one. */
    public Optional<ProcessHandle> handle() {
        try {
            if (!Files.exists(pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile()).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isRunning() {
        return handle().isPresent();
    }

    /** Asks the process (and its children) to stop, then forces it after the grace period. */
    public boolean stop(Duration grace) {
        Optional<ProcessHandle> handle = handle();
        handle.ifPresent(h -> {
            List<ProcessHandle> children = h.descendants().toList();
            h.destroy();
            children.forEach(ProcessHandle::destroy);
            waitUntil(() -> !h.isAlive() && children.stream().noneMatch(ProcessHandle::isAlive), grace);
            children.forEach(ProcessHandle::destroyForcibly);
            h.destroyForcibly();
        });
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return handle.isPresent();
    }

    /** Last lines of the log, to explain a failed start. */
    public String logTail(int lines) {
        try {
            if (!Files.exists(logFile())) {
                return "(no log)";
            }
            List<String> all = Files.readAllLines(logFile(), java.nio.charset.StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    public static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean waitUntil(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
