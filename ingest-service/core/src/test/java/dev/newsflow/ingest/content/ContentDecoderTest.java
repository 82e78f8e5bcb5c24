package dev.newsflow.ingest.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDecoderTest {

    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Random random = new Random(1);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void identityIsPassedThrough() throws IOException {
        byte[] body = text(100);
        ContentDecoder.Decoded decoded = ContentDecoder.decode("identity", body, false, 1000);
        assertSame(body, decoded.body());
        assertFalse(decoded.truncated());
    }

    @Test
    void aGzipStreamCutOnTheWireKeepsWhatDecodedAndIsFlagged() throws IOException {
        byte[] body = text(200_000);
        byte[] gz = gzip(body);
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        ContentDecoder.Decoded decoded = ContentDecoder.decode("gzip", cut, true, 1_000_000);
        assertTrue(decoded.truncated());
        assertFalse(decoded.bomb());
        assertTrue(decoded.body().length > 50_000, "most of the first half is kept: " + decoded.body().length);
        assertArrayEquals(Arrays.copyOf(body, decoded.body().length), decoded.body());
    }

    @Test
    void corruptGzipIsAnError() {
        assertThrows(IOException.class, () -> ContentDecoder.decode("gzip", "not gzip at all".getBytes(), false, 1000));
    }

    @Test
    void stackedEncodingsAreUndoneInReverseOrder() throws IOException {
        byte[] body = text(10_000);
        byte[] twice = gzip(gzip(body));
        assertArrayEquals(body, ContentDecoder.decode("gzip, gzip", twice, false, 100_000).body());
    }
}
