package dev.newsflow.index.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol with nothing but the JDK's HTTP client and WebSocket
 * (no Selenium, no driver download). Clicks and typing go through {@code Input.*}, i.e. real input events.
 * Uncaught page exceptions and console errors are collected so a test can assert the page ran cleanly.
 */
final class HeadlessChromium implements AutoCloseable {
    static final String INSTALL_HINT = "install chromium and chromium-driver (Debian) to run the browser test";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/lib/chromium/chromium", "/usr/bin/google-chrome");

    private final Process process;
    private final Path userDataDir;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();

    /** The Chromium binary: {@code CHROMIUM_BINARY} when set, else the Debian/Ubuntu locations. */
    static Optional<Path> binary() {
        String configured = System.getenv("CHROMIUM_BINARY");
        Stream<String> candidates = configured != null && !configured.isBlank()
                ? Stream.of(configured) : CANDIDATES.stream();
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static HeadlessChromium launch(Path binary) throws IOException, InterruptedException {
        Path userDataDir = Files.createTempDirectory("newsflow-chromium-");
        List<String> command = List.of(binary.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--no-default-browser-check", "--lang=zh-CN", "--window-size=1280,900",
                "--user-data-dir=" + userDataDir, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(userDataDir.resolve("chromium.log").toFile()).start();
        try {
            return new HeadlessChromium(process, userDataDir);
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            deleteQuietly(userDataDir);
            throw e;
        }
    }

    private HeadlessChromium(Process process, Path userDataDir) throws IOException, InterruptedException {
        this.process = process;
        this.userDataDir = userDataDir;
        // Chromium writes the port it chose to DevToolsActivePort in the profile folder
        Path portFile = userDataDir.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!process.isAlive()) {
                throw new IOException("chromium exited with " + process.exitValue() + ": " + log());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("chromium did not open its DevTools port within 30 s: " + log());
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String pageSocket = null;
        for (int attempt = 0; attempt < 50 && pageSocket == null; attempt++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            throw new IOException("chromium has no page target");
        }
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(pageSocket), new Listener(this::onMessage)).join();
        send("Runtime.enable", null);
        send("Page.enable", null);
    }

    /** Sends a DevTools command and waits for its result; a protocol error becomes an exception. */
    JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).join();
        JsonNode response;
        try {
            response = reply.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
        if (response.has("error")) {
            throw new IllegalStateException(method + " failed: " + response.get("error"));
        }
        return response.path("result");
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Evaluates a JavaScript expression in the page (promises awaited) and returns its value as JSON. */
    JsonNode eval(String expression) {
        JsonNode result = send("Runtime.evaluate", params().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails").path("exception").path("description").asText(
                    result.get("exceptionDetails").toString()) + "\nscript: " + expression);
        }
        return result.path("result").path("value");
    }

    void navigate(String url) {
        JsonNode result = send("Page.navigate", params().put("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException("could not open " + url + ": " + result.get("errorText").asText());
        }
        waitFor("document.readyState === 'complete'", Duration.ofSeconds(30), "page " + url + " to load");
    }

    /** Polls a JavaScript condition until it is true; fails with what it was waiting for and the page's errors. */
    void waitFor(String condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode value;
            try {
                value = eval("!!(" + condition + ")");
            } catch (IllegalStateException e) {
                value = null; // e.g. a navigation destroyed the context; try again
            }
            if (value != null && value.asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " (" + condition + "); page errors: " + pageErrors);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** A real mouse click in the middle of the first element matching the CSS selector (scrolled into view). */
    void click(String selector) {
        JsonNode box = eval("(() => { const e = document.querySelector(" + jsString(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height}; })()");
        if (box == null || box.isNull() || box.isMissingNode()) {
            throw new AssertionError("nothing to click: no element matches " + selector);
        }
        if (box.path("w").asDouble() <= 0 || box.path("h").asDouble() <= 0) {
            throw new AssertionError("element " + selector + " is not visible");
        }
        double x = box.path("x").asDouble();
        double y = box.path("y").asDouble();
        send("Input.dispatchMouseEvent", params().put("type", "mouseMoved").put("x", x).put("y", y));
        send("Input.dispatchMouseEvent", params().put("type", "mousePressed").put("x", x).put("y", y).put("button", "left").put("clickCount", 1));
        send("Input.dispatchMouseEvent", params().put("type", "mouseReleased").put("x", x).put("y", y).put("button", "left").put("clickCount", 1));
    }

    /** Types text into the focused element as the IME would commit it (works for Chinese). */
    void type(String text) {
        send("Input.insertText", params().put("text", text));
    }

    void pressEnter() {
        send("Input.dispatchKeyEvent", params().put("type", "keyDown").put("key", "Enter").put("code", "Enter")
                .put("windowsVirtualKeyCode", 13).put("nativeVirtualKeyCode", 13).put("text", "\r"));
        send("Input.dispatchKeyEvent", params().put("type", "keyUp").put("key", "Enter").put("code", "Enter")
                .put("windowsVirtualKeyCode", 13).put("nativeVirtualKeyCode", 13));
    }

    /** Saves a PNG of the viewport (full page height) to the file, for a human to look at. */
    void screenshot(Path file) throws IOException {
        JsonNode shot = send("Page.captureScreenshot", params().put("format", "png").put("captureBeyondViewport", true));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, java.util.Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** Uncaught exceptions and console.error calls of the page so far. */
    List<String> pageErrors() {
        return new ArrayList<>(pageErrors);
    }

    static String jsString(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void onMessage(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
                if (reply != null) {
                    reply.complete(message);
                }
                return;
            }
            String method = message.path("method").asText();
            if (method.equals("Runtime.exceptionThrown")) {
                JsonNode details = message.path("params").path("exceptionDetails");
                pageErrors.add("exception: " + details.path("exception").path("description").asText(details.path("text").asText()));
            } else if (method.equals("Runtime.consoleAPICalled") && message.path("params").path("type").asText().equals("error")) {
                pageErrors.add("console.error: " + message.path("params").path("args"));
            }
        } catch (IOException e) {
            pageErrors.add("unreadable DevTools message: " + e.getMessage());
        }
    }

    private String log() {
        try {
            String log = Files.readString(userDataDir.resolve("chromium.log"));
            return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } catch (RuntimeException ignored) {
            // already closed
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deleteQuietly(userDataDir);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    /** Collects the frames of a text message and hands over complete messages. */
    private static final class Listener implements WebSocket.Listener {
        private final Consumer<String> onMessage;
        private final StringBuilder buffer = new StringBuilder();

        Listener(Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String message = buffer.toString();
                buffer.setLength(0);
                onMessage.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
