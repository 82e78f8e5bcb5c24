package dev.newsflow.ingest.http;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects at most {@code cap} body bytes. Past the cap it stops reading and cancels the stream (the connection
 * is closed, nothing more is downloaded). Records when bytes last arrived, for the read timeout.
 */
final class CappedBodySubscriber implements BodySubscriber<CappedBodySubscriber.Body> {

    record Body(byte[] bytes, boolean truncated) {
    }

    private static final long MAX_PREALLOCATION = 4L * 1024 * 1024;

    private final int cap;
    private final ExchangeClock activity;
    private byte[] buffer;
    private int size;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    /** @param expectedLength the Content-Length, or -1: sizes the buffer so a typical body is copied once */
    CappedBodySubscriber(int cap, long expectedLength, ExchangeClock activity) {
        this.cap = cap;
        this.activity = activity;
        // a claimed Content-Length is trusted only up to a few MiB: memory is committed as bytes arrive
        long initial = Math.min(cap, expectedLength >= 0 ? Math.min(expectedLength, MAX_PREALLOCATION) : 64 * 1024);
        this.buffer = new byte[(int) initial];
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
            return;
        }
        // unbounded demand: pulling one buffer at a time costs a thread hand-off per buffer
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (cancelled) {
            return;
        }
        activity.touch();
        for (ByteBuffer item : items) {
            int room = cap - size;
            int length = item.remaining();
            if (length > room) {
                copy(item, room);
                finish(true);
                return;
            }
            copy(item, length);
        }
    }

    private void copy(ByteBuffer item, int length) {
        if (length <= 0) {
            return;
        }
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(size + length, 2L * buffer.length)));
        }
        item.get(buffer, size, length);
        size += length;
    }

    /** The bytes received; no copy when the Content-Length was right. */
    private byte[] bytes() {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }

    private void finish(boolean truncated) {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.complete(new Body(bytes(), truncated));
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(bytes(), false));
    }

    /** Stops the download (timeout): cancels the stream, which makes the client close the connection. */
    void abort(Throwable why) {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(why);
    }
}
