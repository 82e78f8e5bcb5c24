package dev.newsflow.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads at most {@code cap} body bytes from a stream, recording progress for the read timeout. */
final class CappedBody {

    /** @param truncated the body had more than {@code cap} bytes; the stream was left unread past the cap */
    record Body(byte[] bytes, boolean truncated) {
    }

    /** A claimed Content-Length is trusted only up to this: memory is committed as bytes arrive. */
    private static final long MAX_PREALLOCATION = 4L * 1024 * 1024;
    private static final int CHUNK = 16 * 1024;

    private CappedBody() {
    }

    /** @param expectedLength the Content-Length, or -1: sizes the buffer so a typical body is copied once */
    static Body read(InputStream in, int cap, long expectedLength, ExchangeClock progress) throws IOException {
        long initial = Math.min(cap, expectedLength >= 0 ? Math.min(expectedLength, MAX_PREALLOCATION) : 64 * 1024);
        byte[] buffer = new byte[(int) initial];
        int size = 0;
        while (size < cap) {
            if (size == buffer.length) {
                // full: grow only if more comes, so a body that matched its Content-Length is never copied
                int next = in.read();
                if (next < 0) {
                    return new Body(buffer, false);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(size + CHUNK, 2L * buffer.length)));
                buffer[size++] = (byte) next;
                progress.touch();
                continue;
            }
            int n = in.read(buffer, size, buffer.length - size);
            if (n < 0) {
                return new Body(size == buffer.length ? buffer : Arrays.copyOf(buffer, size), false);
            }
            size += n;
            progress.touch();
        }
        // the cap is reached: the body is longer only if one more byte comes
        boolean more = in.read() >= 0;
        return new Body(size == buffer.length ? buffer : Arrays.copyOf(buffer, size), more);
    }
}
