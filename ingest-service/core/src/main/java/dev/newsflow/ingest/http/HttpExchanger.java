package dev.newsflow.ingest.http;

import dev.newsflow.ingest.net.Destination;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/**
 * One GET at a time over Apache HttpClient 5 (classic, blocking on the caller's thread), connected to the
 * addresses of a vetted {@link Destination} and never to anything the client would resolve itself: the target
 * carries the address, the request carries the URL's host (Host header, TLS SNI and certificate check), and the
 * client's own DNS resolver refuses every lookup. Never follows redirects (the caller vets every hop), never
 * decompresses (the caller does, with a bomb check), never retries, never uses a proxy, cookies or auth caches.
 *
 * <p>Three timeouts: connect (socket connect and TLS handshake), read (silence before the headers or between body
 * bytes) and total (the whole exchange). A watchdog thread enforces read and total by cancelling the request,
 * which closes its connection and unblocks the caller; it does the same when the caller is interrupted.
 */
public final class HttpExchanger implements AutoCloseable {

    /**
     * Connections open at once, pooled or in use. No smaller limit per route (host name, address, port): the
     * host gates already bound each host's concurrency, and a second limit here would only make callers wait.
     */
    private static final int MAX_CONNECTIONS = 2048;
    /** A pooled connection idle longer than this is checked before reuse (the server may have closed it). */
    private static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofMilliseconds(500);
    /** Response head limits: a server streaming endless header lines is cut off, not buffered. */
    private static final int MAX_HEADER_LINE_BYTES = 32 * 1024;
    private static final int MAX_HEADER_COUNT = 200;
    /** Blocking socket reads ignore interrupts: the watchdog looks this often whether the caller was interrupted. */
    private static final long INTERRUPT_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager connections;
    private final ScheduledThreadPoolExecutor watchdog;
    private final long connectNanos;
    private final long readNanos;
    private final long totalNanos;
    private final String userAgent;

    public HttpExchanger(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, String userAgent) {
        this(connectTimeout, readTimeout, totalTimeout, userAgent, null);
    }

    /**
     * @param tls the trust for https, null for the JVM's default (the public web's CAs); the certificate is always
     *            checked against the URL's host name, whatever address the connection went to
     */
    public HttpExchanger(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, String userAgent, SSLContext tls) {
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.watchdog.setRemoveOnCancelPolicy(true);
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(REFUSE_LOOKUPS)
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom()
                                .setMaxLineLength(MAX_HEADER_LINE_BYTES)
                                .setMaxHeaderCount(MAX_HEADER_COUNT)
                                .build())
                        .build())
                .setTlsSocketStrategy(tls == null
                        ? DefaultClientTlsStrategy.createDefault()
                        : new DefaultClientTlsStrategy(tls, HostnameVerificationPolicy.BUILTIN, null))
                // a lock per route, not one for the whole pool: 64 fetch threads do not queue on each other
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(Timeout.of(readTimeout)).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout))
                        .setValidateAfterInactivity(VALIDATE_AFTER_IDLE)
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(userAgent)
                .build();
        this.connectNanos = connectTimeout.toNanos();
        this.readNanos = readTimeout.toNanos();
        this.totalNanos = totalTimeout.toNanos();
        this.userAgent = userAgent;
    }

    /** The client must never resolve a name: every target it is given carries its vetted address. */
    private static final DnsResolver REFUSE_LOOKUPS = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException(host + ": the fetcher connects only to addresses the guard vetted");
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException(host + ": the fetcher does not resolve names itself");
        }
    };

    /**
     * GETs the destination's URL from the first of its addresses that accepts a connection.
     *
     * @param headers extra request headers
     * @param bodyCap how many body bytes to keep for a given response (0 to drop the body without reading it)
     * @throws ExchangeTimeoutException on connect, read or total timeout
     * @throws IOException              on any other network failure
     */
    public ExchangeResult get(Destination destination, Map<String, String> headers, ToIntFunction<ResponseHead> bodyCap)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + totalNanos;
        List<InetAddress> addresses = destination.addresses();
        for (int i = 0; ; i++) {
            try {
                return exchange(destination, addresses.get(i), headers, bodyCap, deadline);
            } catch (ConnectException | NoRouteToHostException | ConnectTimeoutException e) {
                // nothing was sent: another vetted address of the same name may answer
                if (i + 1 >= addresses.size() || System.nanoTime() - deadline >= 0) {
                    throw e instanceof ConnectTimeoutException
                            ? new ExchangeTimeoutException("connect timeout: no connection within " + Duration.ofNanos(connectNanos).toMillis() + " ms")
                            : e;
                }
            }
        }
    }

    private ExchangeResult exchange(Destination destination, InetAddress address, Map<String, String> headers,
                                    ToIntFunction<ResponseHead> bodyCap, long deadline) throws IOException, InterruptedException {
        URI uri = destination.uri();
        HttpHost target = new HttpHost(uri.getScheme(), address, destination.host(), destination.port());
        HttpGet request = new HttpGet(uri);
        request.setHeader("User-Agent", userAgent);
        headers.forEach(request::setHeader);

        long start = System.nanoTime();
        // before the headers arrive, the connection setup is allowed on top of the read timeout
        Watch watch = new Watch(Thread.currentThread(), request, new ExchangeClock(start + connectNanos), deadline);
        watch.arm();
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(target, request, null);
            watch.progress.touch();
            ResponseHead head = new ResponseHead(response.getCode(), headersOf(response));
            HttpEntity entity = response.getEntity();
            byte[] body = new byte[0];
            boolean truncated = false;
            if (entity != null) {
                int cap = Math.max(0, bodyCap.applyAsInt(head));
                // read to the end, the connection goes back to the pool; past the cap it is dropped (finally)
                InputStream in = entity.getContent();
                CappedBody.Body read = CappedBody.read(in, cap, entity.getContentLength(), watch.progress);
                body = read.bytes();
                truncated = read.truncated();
            }
            watch.disarm(); // fired as the body completed: the response is whole, keep it
            return new ExchangeResult(uri, head.status(), head.headers(), body, truncated);
        } catch (IOException | RuntimeException e) {
            ExchangeTimeoutException timeout = watch.disarm();
            if (timeout != null) {
                throw timeout;
            }
            if (watch.interrupted()) {
                throw new InterruptedException("fetch interrupted");
            }
            if (e instanceof SocketTimeoutException && !(e instanceof ConnectTimeoutException)) {
                throw new ExchangeTimeoutException("read timeout: no data for " + Duration.ofNanos(readNanos).toMillis() + " ms");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("fetch interrupted");
            }
            throw e;
        } finally {
            watch.disarm();
            if (response != null) {
                // a body read to its end already released the connection; else this drops it unread
                closeQuietly(response);
            }
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            if (response instanceof org.apache.hc.client5.http.impl.classic.CloseableHttpResponse closeable) {
                closeable.close(CloseMode.IMMEDIATE);
            } else {
                response.close();
            }
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }

    private static HttpHeaders headersOf(ClassicHttpResponse response) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            if (header.getName() != null && header.getValue() != null) {
                map.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
            }
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    /**
     * The watchdog's view of one exchange: wakes at the earliest deadline (or to look for an interrupt), cancels
     * the exchange if it made no progress in time or its caller was interrupted.
     */
    private final class Watch implements Runnable {
        final ExchangeClock progress;
        private final Thread caller;
        private final HttpGet request;
        private final long deadline;
        private boolean running = true;          // guarded by this
        private ExchangeTimeoutException fired;  // guarded by this
        private boolean interrupted;             // guarded by this
        private ScheduledFuture<?> next;         // guarded by this

        Watch(Thread caller, HttpGet request, ExchangeClock progress, long deadline) {
            this.caller = caller;
            this.request = request;
            this.progress = progress;
            this.deadline = deadline;
        }

        synchronized void arm() {
            next = watchdog.schedule(this, Math.max(0, Math.min(INTERRUPT_POLL_NANOS, wakeAt() - System.nanoTime())), TimeUnit.NANOSECONDS);
        }

        synchronized boolean interrupted() {
            return interrupted;
        }

        private long wakeAt() {
            long silence = progress.lastProgressNanos() + readNanos;
            return deadline - silence < 0 ? deadline : silence;
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            long wake = wakeAt();
            synchronized (this) {
                if (!running) {
                    return;
                }
                if (caller.isInterrupted()) {
                    interrupted = true;
                } else if (now - wake < 0) {
                    next = watchdog.schedule(this, Math.min(INTERRUPT_POLL_NANOS, wake - now), TimeUnit.NANOSECONDS);
                    return;
                } else {
                    fired = new ExchangeTimeoutException(now - deadline >= 0
                            ? "total timeout: exchange took more than " + Duration.ofNanos(totalNanos).toMillis() + " ms"
                            : "read timeout: no data for " + Duration.ofNanos(readNanos).toMillis() + " ms");
                }
                running = false;
            }
            // closes the connection: the caller's blocked read or connect fails at once
            request.cancel();
        }

        /** The exchange is over: stops watching; returns the timeout if the watchdog fired. */
        synchronized ExchangeTimeoutException disarm() {
            running = false;
            if (next != null) {
                next.cancel(false);
            }
            return fired;
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        connections.close(CloseMode.IMMEDIATE);
        try {
            client.close();
        } catch (IOException ignored) {
            // closing a pool of sockets
        }
    }
}
