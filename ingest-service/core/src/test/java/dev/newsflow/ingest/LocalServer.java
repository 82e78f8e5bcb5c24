package dev.newsflow.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server for tests: routes by exact path, records every request it receives. */
final class LocalServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Seen(String path, Map<String, List<String>> headers, long nanoTime) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    final List<Seen> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    LocalServer() throws IOException {
        this("127.0.0.1");
    }

    LocalServer(String loopbackAddress) throws IOException {
        this(loopbackAddress, 0);
    }

    /** @param port 0 for any free port */
    LocalServer(String loopbackAddress, int port) throws IOException {
        if (!loopbackAddress.startsWith("127.")) {
            throw new IllegalArgumentException("tests bind to loopback only");
        }
        server = HttpServer.create(new InetSocketAddress(loopbackAddress, port), 64);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            requests.add(new Seen(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                HttpHandler handler = routes.get(exchange.getRequestURI().getPath());
                if (handler == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes());
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                // the client went away (timeouts, truncation): expected in several tests
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    LocalServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    LocalServer page(String path, String contentType, byte[] body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://" + host() + ":" + port() + path;
    }

    long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    List<Seen> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
