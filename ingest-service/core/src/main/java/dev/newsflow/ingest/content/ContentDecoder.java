package dev.newsflow.ingest.content;

import org.brotli.dec.BrotliInputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes {@code Content-Encoding} (gzip, deflate, br), never producing more than the body limit.
 * A body whose decoded size passes the limit at an expansion ratio no web page reaches is a decompression bomb.
 */
public final class ContentDecoder {

    /** Expansion past which a body that hits the limit is treated as a bomb rather than a long page (HTML rarely exceeds 20:1). */
    public static final int BOMB_RATIO = 100;

    public record Decoded(byte[] body, boolean truncated, boolean bomb) {
    }

    public static final class UnsupportedEncodingException extends IOException {
        public UnsupportedEncodingException(String message) {
            super(message);
        }
    }

    private ContentDecoder() {
    }

    /**
     * @param contentEncoding the header value, null when absent
     * @param inputTruncated  the encoded bytes are already cut (the end of the stream is missing)
     */
    public static Decoded decode(String contentEncoding, byte[] encoded, boolean inputTruncated, int maxBytes)
            throws IOException {
        List<String> codings = codings(contentEncoding);
        if (codings.isEmpty()) {
            return new Decoded(encoded, inputTruncated, false);
        }
        byte[] current = encoded;
        boolean truncated = inputTruncated;
        // codings are listed in the order they were applied: undo them from the last
        for (String coding : codings) {
            Step step = inflate(coding, current, maxBytes);
            truncated |= step.truncated;
            if (step.limitHit && step.bytes.length > (long) BOMB_RATIO * Math.max(1, step.consumed)) {
                return new Decoded(step.bytes, true, true);
            }
            current = step.bytes;
        }
        return new Decoded(current, truncated, false);
    }

    private static List<String> codings(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        for (String part : header.split(",")) {
            String coding = part.strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                result.add(coding);
            }
        }
        Collections.reverse(result);
        return result;
    }

    /** @param consumed encoded bytes the decoder had read when it stopped (to within one input buffer) */
    private record Step(byte[] bytes, boolean truncated, boolean limitHit, long consumed) {
    }

    /** Small input buffers keep the consumed-bytes count, hence the expansion ratio, precise. */
    private static final int INPUT_BUFFER = 4096;

    private static Step inflate(String coding, byte[] input, int limit) throws IOException {
        switch (coding) {
            case "gzip", "x-gzip": {
                CountingInput counted = new CountingInput(input);
                return drain(new GZIPInputStream(counted, INPUT_BUFFER), counted, limit);
            }
            case "br": {
                CountingInput counted = new CountingInput(input);
                return drain(new BrotliInputStream(counted, INPUT_BUFFER), counted, limit);
            }
            case "deflate": {
                try {
                    return inflateDeflate(input, limit, false);
                } catch (ZipException notZlib) {
                    // many servers send raw deflate without the zlib header
                    return inflateDeflate(input, limit, true);
                }
            }
            default:
                throw new UnsupportedEncodingException("unsupported content-encoding: " + coding);
        }
    }

    private static Step inflateDeflate(byte[] input, int limit, boolean raw) throws IOException {
        Inflater inflater = new Inflater(raw);
        try {
            CountingInput counted = new CountingInput(input);
            return drain(new InflaterInputStream(counted, inflater, INPUT_BUFFER), counted, limit);
        } finally {
            inflater.end();
        }
    }

    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] bytes) {
            super(bytes);
        }

        long consumed() {
            return pos;
        }
    }

    private static Step drain(InputStream in, CountingInput counted, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 256 * 1024));
        byte[] chunk = new byte[16 * 1024];
        try (in) {
            while (true) {
                int room = limit - out.size();
                // read one byte past the limit to know whether there is more
                int n = in.read(chunk, 0, Math.min(chunk.length, room + 1));
                if (n < 0) {
                    return new Step(out.toByteArray(), false, false, counted.consumed());
                }
                if (n > room) {
                    out.write(chunk, 0, room);
                    return new Step(out.toByteArray(), true, true, counted.consumed());
                }
                out.write(chunk, 0, n);
            }
        } catch (EOFException cut) {
            // the encoded stream ended early (it was truncated on the wire or by the limit): keep what decoded
            if (out.size() == 0) {
                throw cut;
            }
            return new Step(out.toByteArray(), true, false, counted.consumed());
        }
    }
}
