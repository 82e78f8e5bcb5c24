package dev.newsflow.e2e.reliability;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/** Serves generated pages over loopback HTTP, each with the Content-Type it was given (which may lie). */
final class PageServer implements AutoCloseable {
    record Page(byte[] body, String contentType) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    PageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            Page page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (page.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", page.contentType());
            }
            exchange.sendResponseHeaders(200, page.body().length == 0 ? -1 : page.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page.body());
            }
        });
        server.start();
    }

    /** @return the page's URL */
    String add(String path, byte[] body, String contentType) {
        pages.put(path, new Page(body, contentType));
        return "http://127.0.0.1:" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
