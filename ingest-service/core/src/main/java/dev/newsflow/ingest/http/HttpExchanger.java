package dev.newsflow.ingest.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;

/**
 * One GET at a time over the JDK HttpClient, with the three timeouts the JDK lacks or half-has:
 * connect (client), read (silence before headers or between body chunks) and total (whole exchange).
 * Never follows redirects: the caller checks every hop.
 */
public final class HttpExchanger implements AutoCloseable {

    private final HttpClient client;
    private final ExecutorService executor;
    private final long connectNanos;
    private final long readNanos;
    private final long totalNanos;
    private final String userAgent;

    public HttpExchanger(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, String userAgent) {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fetch-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(connectTimeout)
                .executor(executor)
                .build();
        this.connectNanos = connectTimeout.toNanos();
        this.readNanos = readTimeout.toNanos();
        this.totalNanos = totalTimeout.toNanos();
        this.userAgent = userAgent;
    }

    /**
     * @param headers extra request headers
     * @param bodyCap how many body bytes to keep for a given response (0 to drop the body without reading it)
     * @throws HttpTimeoutException on connect, read or total timeout
     * @throws IOException          on any other network failure
     */
    public ExchangeResult get(URI uri, Map<String, String> headers, ToIntFunction<HttpResponse.ResponseInfo> bodyCap)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofNanos(totalNanos))
                .header("User-Agent", userAgent);
        headers.forEach(builder::header);

        long start = System.nanoTime();
        // before the headers arrive, the connection setup is allowed on top of the read timeout
        ExchangeClock progress = new ExchangeClock(start + connectNanos);
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        HttpResponse.BodyHandler<CappedBodySubscriber.Body> handler = info -> {
            progress.touch();
            long contentLength = info.headers().firstValueAsLong("content-length").orElse(-1);
            CappedBodySubscriber subscriber = new CappedBodySubscriber(Math.max(0, bodyCap.applyAsInt(info)), contentLength, progress);
            body.set(subscriber);
            return subscriber;
        };
        CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> future = client.sendAsync(builder.build(), handler);
        long deadline = start + totalNanos;
        try {
            while (true) {
                long now = System.nanoTime();
                long idleDeadline = progress.lastProgressNanos() + readNanos;
                long wake = Math.min(deadline, idleDeadline);
                if (now - wake >= 0) {
                    HttpTimeoutException timeout = new HttpTimeoutException(now - deadline >= 0
                            ? "total timeout: exchange took more than " + Duration.ofNanos(totalNanos).toMillis() + " ms"
                            : "read timeout: no data for " + Duration.ofNanos(readNanos).toMillis() + " ms");
                    abort(future, body.get(), timeout);
                    throw timeout;
                }
                try {
                    HttpResponse<CappedBodySubscriber.Body> response = future.get(wake - now, TimeUnit.NANOSECONDS);
                    return new ExchangeResult(uri, response.statusCode(), response.headers(),
                            response.body().bytes(), response.body().truncated());
                } catch (TimeoutException stillRunning) {
                    // loop: re-evaluate the idle and total deadlines
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "fetch failed" : cause.toString(), cause);
        } catch (CancellationException e) {
            throw new IOException("fetch cancelled", e);
        } catch (InterruptedException e) {
            abort(future, body.get(), new IOException("interrupted"));
            throw e;
        }
    }

    private static void abort(CompletableFuture<?> future, CappedBodySubscriber body, Exception why) {
        if (body != null) {
            body.abort(why);
        }
        future.cancel(true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
