package dev.newsflow.contracts;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** Guarantee: every poison value is refused with a one-sentence reason (a dead-letter reason), never an NPE later. */
class PoisonMessagesTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String refusal(byte[] value, Class<?> type) {
        return assertThrows(Json.MessageFormatException.class, () -> Json.readMessage(value, type)).getMessage();
    }

    @Test
    void tombstoneNullEmptyObjectAndBadJsonAreRefusedForEveryMessage() {
        for (Class<?> type : new Class<?>[]{RawPage.class, CleanDocument.class, EnrichedDocument.class, RetryRequest.class}) {
            assertTrue(refusal(null, type).contains("tombstone"), type.getSimpleName());
            assertTrue(refusal(new byte[0], type).contains("tombstone"), type.getSimpleName());
            assertTrue(refusal(b("null"), type).contains("JSON null"), type.getSimpleName());
            String empty = refusal(b("{}"), type); // records have no default version; the document classes default to 1, then miss docId
            assertTrue(empty.contains("schemaVersion 0") || empty.contains("no \"docId\""), type.getSimpleName() + ": " + empty);
            assertTrue(refusal(b("{\"schemaVersion\":1,"), type).startsWith("not a valid " + type.getSimpleName()), type.getSimpleName());
            assertTrue(refusal(b("[1,2]"), type).startsWith("not a valid"), type.getSimpleName());
        }
    }

    @Test
    void wrongSchemaVersionNamesBothVersions() {
        String reason = refusal(b("{\"schemaVersion\":2,\"docId\":\"a\",\"url\":\"http://x/\",\"body\":\"\"}"), RawPage.class);
        assertEquals("unsupported schemaVersion 2 of RawPage (this reader knows 1)", reason);
        assertThrows(Json.MessageFormatException.class, () -> UrlRequest.parse("{\"schemaVersion\":2,\"url\":\"http://x/\"}"));
    }

    @Test
    void missingFieldsAreNamed() {
        assertTrue(refusal(b("{\"schemaVersion\":1,\"url\":\"http://x/\",\"body\":\"\"}"), RawPage.class).contains("\"docId\""));
        assertTrue(refusal(b("{\"schemaVersion\":1,\"docId\":\"a\"}"), CleanDocument.class).contains("\"text\""));
        assertTrue(refusal(b("{\"schemaVersion\":1,\"attempt\":2,\"notBefore\":\"2026-01-01T00:00:00Z\"}"), RetryRequest.class).contains("request.url"));
    }

    @Test
    void validMessagesPass() {
        RetryRequest retry = new RetryRequest(1, UrlRequest.of("http://example.com/"), 2, Instant.parse("2026-01-01T00:00:00Z"), "503");
        assertEquals(retry, Json.readMessage(b(Json.write(retry)), RetryRequest.class));
        CleanDocument doc = new CleanDocument();
        doc.docId = "0123456789abcdef";
        doc.text = "正文";
        assertEquals("正文", Json.readMessage(b(Json.write(doc)), CleanDocument.class).text);
    }

    @Test
    void everyInputTopicHasADeadLetterTwinAndBack() {
        assertEquals(Topics.ALL.size(), Topics.DEAD_LETTERS.size());
        for (String topic : Topics.ALL) {
            assertEquals(topic, Topics.sourceOf(Topics.deadLetter(topic)));
        }
        assertTrue(Topics.ALL.contains(Topics.URLS_RETRY));
        assertThrows(IllegalArgumentException.class, () -> Topics.sourceOf("urls"));
        assertTrue(Topics.DEAD_LETTER_MAX_MESSAGE_BYTES > Topics.MAX_MESSAGE_BYTES);
    }
}
