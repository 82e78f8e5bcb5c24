package dev.newsflow.contracts;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RawPageRecordTest {
    private static RawPage page(byte[] body) {
        return new RawPage(RawPage.SCHEMA_VERSION, "0123456789abcdef", "http://example.com/a", "http://example.com/b",
                List.of("http://example.com/a"), 200, Map.of("content-type", "text/html; charset=gbk"), "text/html", "GBK", "GBK",
                body, true, OffsetDateTime.parse("2026-11-22T11:10:41.2+08:00"), "3f9c", "demo");
    }

    @Test
    void bodyTravelsAsTheBytesFetched() {
        byte[] body = "<p>\u65b0\u95fb</p>".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] value = RawPageRecord.encode(page(body));
        // the body bytes are the tail of the value, not base64 text
        assertArrayEquals(body, Arrays.copyOfRange(value, value.length - body.length, value.length));

        RawPage back = RawPageRecord.decode(value);
        assertArrayEquals(body, back.body());
        assertEquals(page(body).withBody(null), back.withBody(null));
    }

    @Test
    void envelopeIsSmallerThanJsonByTheBase64Share() {
        byte[] body = new byte[90_000];
        new java.util.Random(7).nextBytes(body);
        int envelope = RawPageRecord.encode(page(body)).length;
        int json = Json.write(page(body)).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(envelope < body.length + 1_000, "envelope " + envelope);
        assertTrue(json > body.length * 4 / 3, "json " + json);
    }

    @Test
    void recordsWrittenBeforeTheEnvelopeAreStillRead() {
        byte[] body = "<html>old</html>".getBytes(StandardCharsets.UTF_8);
        byte[] oldValue = Json.write(page(body)).getBytes(StandardCharsets.UTF_8);
        RawPage back = RawPageRecord.decode(oldValue);
        assertArrayEquals(body, back.body());
        assertEquals("http://example.com/b", back.finalUrl());
        assertTrue(back.truncated());
    }

    @Test
    void emptyBodyAndNullFieldsSurvive() {
        RawPage p = new RawPage(RawPage.SCHEMA_VERSION, "0123456789abcdef", "http://example.com/", null, List.of(), 204, Map.of(),
                null, null, null, new byte[0], false, null, null, null);
        RawPage back = RawPageRecord.decode(RawPageRecord.encode(p));
        assertEquals(0, back.body().length);
        assertNull(back.finalUrl());
        assertEquals(204, back.status());
    }

    @Test
    void brokenRecordsAreRejectedWithAReason() {
        byte[] value = RawPageRecord.encode(page(new byte[10]));
        var cut = assertThrows(Json.MessageFormatException.class, () -> RawPageRecord.decode(Arrays.copyOf(value, 12)));
        assertTrue(cut.getMessage().contains("metadata"), cut.getMessage());
        byte[] future = value.clone();
        future[4] = 9;
        var newer = assertThrows(Json.MessageFormatException.class, () -> RawPageRecord.decode(future));
        assertTrue(newer.getMessage().contains("format 9"), newer.getMessage());
        assertThrows(Json.MessageFormatException.class, () -> RawPageRecord.decode(new byte[0]));
        assertThrows(Json.MessageFormatException.class, () -> RawPageRecord.decode("not json".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void charsetDecisionAndItsSourceTravel() {
        RawPage p = new RawPage(RawPage.SCHEMA_VERSION, "0123456789abcdef", "http://example.com/", null, List.of(), 200, Map.of(),
                "text/html", "GBK", "GB18030", new byte[]{'a'}, false, null, null, null, "meta");
        RawPage back = RawPageRecord.decode(RawPageRecord.encode(p));
        assertEquals("GB18030", back.detectedCharset());
        assertEquals("meta", back.charsetSource());
        RawPage fromJson = RawPageRecord.decode(Json.write(p).getBytes(StandardCharsets.UTF_8));
        assertEquals("meta", fromJson.charsetSource());
    }

    @Test
    void recordsWithoutACharsetSourceReadAsNotCarried() {
        // the metadata as ingest wrote it before the source was carried: no charsetSource field
        String meta = "{\"schemaVersion\":1,\"docId\":\"0123456789abcdef\",\"url\":\"http://example.com/\",\"status\":200,"
                + "\"detectedCharset\":\"UTF-8\",\"truncated\":false}";
        byte[] metaBytes = meta.getBytes(StandardCharsets.UTF_8);
        byte[] body = "x".getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer value = java.nio.ByteBuffer.allocate(9 + metaBytes.length + body.length);
        value.put(RawPageRecord.MAGIC).put(RawPageRecord.FORMAT).putInt(metaBytes.length).put(metaBytes).put(body);
        RawPage back = RawPageRecord.decode(value.array());
        assertEquals("UTF-8", back.detectedCharset());
        assertNull(back.charsetSource());
        assertArrayEquals(body, back.body());
    }
}
