package dev.newsflow.local;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Serves a folder of pages over HTTP on the loopback address, as a stand-in for news sites:
 * {@code .txt} as UTF-8 text, {@code .html} as HTML (charset left to the page), and an allow-all robots.txt.
 */
public final class SeedServer implements AutoCloseable {
    private final HttpServer server;
    private final Path folder;

    public SeedServer(Path folder, int port) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/robots.txt")) {
                    respond(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes());
                    return;
                }
                Path file = this.folder.resolve(path.substring(1)).normalize();
                if (!file.startsWith(this.folder) || !Files.isRegularFile(file)) {
                    respond(exchange, 404, "text/plain", "not found".getBytes());
                    return;
                }
                respond(exchange, 200, contentType(file), Files.readAllBytes(file));
            }
        });
        server.start();
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        return "text/plain; charset=utf-8";
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** URLs of the seed pages in the folder (its .txt and .html files), in name order. */
    public List<String> pageUrls() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".html"))
                    .sorted().map(n -> baseUrl() + n).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Runs the server until killed: {@code SeedServer FOLDER PORT}. */
    public static void main(String[] args) throws Exception {
        SeedServer server = new SeedServer(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("serving " + args[0] + " at " + server.baseUrl());
        Thread.currentThread().join();
    }
}
