package dev.newsflow.ingest.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
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

    private final int cap;
    private final ExchangeClock activity;
    private final ByteArrayOutputStream buffer;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    /** @param expectedLength the Content-Length, or -1: sizes the buffer so a typical body is copied once */
    CappedBodySubscriber(int cap, long expectedLength, ExchangeClock activity) {
        this.cap = cap;
        this.activity = activity;
        long initial = expectedLength >= 0 ? Math.min(cap, expectedLength + 1) : Math.min(cap, 64 * 1024);
        this.buffer = new ByteArrayOutputStream((int) Math.max(32, initial));
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
            int room = cap - buffer.size();
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
        if (item.hasArray()) {
            buffer.write(item.array(), item.arrayOffset() + item.position(), length);
        } else {
            byte[] chunk = new byte[length];
            item.get(chunk);
            buffer.write(chunk, 0, length);
        }
    }

    private void finish(boolean truncated) {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.complete(new Body(buffer.toByteArray(), truncated));
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(buffer.toByteArray(), false));
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
