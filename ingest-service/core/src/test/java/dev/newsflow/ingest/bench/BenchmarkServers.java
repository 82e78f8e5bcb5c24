package dev.newsflow.ingest.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark's web: {@code hosts} HTTP servers on 127.0.0.2, 127.0.0.3, ... (loopback only), each serving
 * any path as a {@code size}-byte HTML page and an allow-all robots.txt. Runs in its own JVM so that the
 * benchmark measures the client's CPU alone. Prints one "host:port" per line, then READY; stops when stdin closes.
 */
public final class BenchmarkServers {

    public static void main(String[] args) throws IOException {
        int hosts = Integer.parseInt(args[0]);
        int size = Integer.parseInt(args[1]);
        byte[] page = page(size);
        byte[] robots = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.US_ASCII);
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 4));
        List<HttpServer> servers = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            String address = "127.0." + ((i + 2) / 256) + "." + ((i + 2) % 256);
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 256);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestURI().getPath().equals("/robots.txt") ? robots : page;
                exchange.getResponseHeaders().set("Content-Type",
                        body == robots ? "text/plain" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(executor);
            server.start();
            servers.add(server);
            System.out.println(address + ":" + server.getAddress().getPort());
        }
        System.out.println("READY");
        System.out.flush();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (stdin.readLine() != null) {
            // wait for the parent to close stdin
        }
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }

    /** Chinese-news-like HTML of exactly {@code size} bytes (UTF-8). */
    static byte[] page(int size) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>新闻</title></head><body>\n");
        String paragraph = "<p>国家统计局今天发布数据，前三季度国民经济运行总体平稳，主要指标保持在合理区间。newsflow benchmark.</p>\n";
        while (html.toString().getBytes(StandardCharsets.UTF_8).length + paragraph.getBytes(StandardCharsets.UTF_8).length * 50 < size) {
            html.append(paragraph.repeat(50));
        }
        byte[] head = html.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        System.arraycopy(head, 0, body, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            body[i] = ' ';
        }
        byte[] end = "</body></html>".getBytes(StandardCharsets.US_ASCII);
        if (size > end.length) {
            System.arraycopy(end, 0, body, size - end.length, end.length);
        }
        return body;
    }
}
