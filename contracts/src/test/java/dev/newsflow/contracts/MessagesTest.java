package dev.newsflow.contracts;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MessagesTest {
    @Test
    void plainUrlIsARequest() {
        UrlRequest r = UrlRequest.parse("  http://example.com/a.html\n");
        assertEquals("http://example.com/a.html", r.url());
        assertEquals(UrlRequest.SCHEMA_VERSION, r.schemaVersion());
    }

    @Test
    void jsonRequestKeepsSource() {
        UrlRequest r = UrlRequest.parse("{\"url\":\"http://example.com/\",\"source\":\"rss\"}");
        assertEquals("rss", r.source());
        assertEquals(1, r.schemaVersion());
    }

    @Test
    void jsonWithoutUrlIsRejectedWithReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> UrlRequest.parse("{\"source\":\"x\"}"));
        assertTrue(e.getMessage().contains("url"));
        assertThrows(Json.MessageFormatException.class, () -> UrlRequest.parse("{not json"));
    }

    @Test
    void enrichedDocumentRoundTripsWithCleanFieldsFlat() {
        CleanDocument clean = new CleanDocument();
        clean.docId = "0123456789abcdef";
        clean.title = "标题";
        clean.publishedAt = OffsetDateTime.parse("2020-02-02T07:07:00+08:00");
        EnrichedDocument enriched = new EnrichedDocument(clean);
        enriched.entities = List.of(Entity.of(EntityType.PERSON, "楼阳生", List.of(new Mention(0, 3))));

        String json = Json.write(enriched);
        assertTrue(json.contains("\"title\":\"标题\""), json);
        assertTrue(json.contains("\"publishedAt\":\"2020-02-02T07:07:00+08:00\""), json);

        EnrichedDocument back = Json.read(json, EnrichedDocument.class);
        assertEquals("标题", back.title);
        assertEquals(clean.publishedAt, back.publishedAt);
        assertEquals("楼阳生", back.entities.get(0).text());
        assertEquals(1, back.entities.get(0).count());
    }
}
