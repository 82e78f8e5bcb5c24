package dev.newsflow.e2e.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many web sites on loopback: one HTTP server per address 127.0.0.2 .. 127.0.0.(hosts+1), all on one port, serving
 * {@link NewsPages} at {@code /<run>/a<index>.html} (any run) and no robots.txt (404: everything allowed).
 * Its threads are named {@code site-*} so that a benchmark can leave their CPU out.
 */
final class LoopbackSites implements AutoCloseable {
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService pool;
    private final int port;
    private final int hosts;

    LoopbackSites(int hosts, int port) throws IOException {
        this.hosts = hosts;
        this.port = port;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "site-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int h = 0; h < hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address(h)), port), 512);
            server.setExecutor(pool);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                int a = path.lastIndexOf("/a");
                byte[] body;
                String type;
                int status;
                if (a >= 0 && path.endsWith(".html")) {
                    NewsPages.Page page = NewsPages.page(Integer.parseInt(path.substring(a + 2, path.length() - 5)));
                    body = page.body();
                    type = page.contentType();
                    status = 200;
                } else {
                    body = new byte[0];
                    type = "text/plain";
                    status = 404;
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            servers.add(server);
        }
    }

    static String address(int host) {
        return "127.0.0." + (2 + host);
    }

    /** The URL of page {@code index}, on host {@code index % hosts}. */
    String url(String run, int index) {
        return "http://" + address(index % hosts) + ":" + port + "/" + run + "/a" + index + ".html";
    }

    /** What ingest must allow although it is loopback. */
    String allowlist() {
        return "127.0.0.0/24";
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        pool.shutdownNow();
    }
}
