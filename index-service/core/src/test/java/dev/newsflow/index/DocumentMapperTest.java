package dev.newsflow.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Json;
import dev.newsflow.contracts.Mention;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Duration;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DocumentMapperTest {
    private final DocumentMapper mapper = new DocumentMapper();

    @Test
    void keptFieldsAreCopiedExactlyAndEntityFieldsAdded() throws Exception {
        String message = """
                {
                  "schemaVersion" : 1, "docId":"abc", "title" : "标题 \\"引号\\" \\u00e9",
                  "paragraphs": ["段一", "段二"],
                  "quality": 0.75, "duplicateOf": null, "flags" : [ "spam_injected" ],
                  "entities": [
                    {"type": "PERSON", "text": "楼阳生", "titles": ["省委书记"], "mentions": [{"start": 0, "end": 3}]},
                    {"type": "PERSON", "text": "楼阳生", "titles": ["组长"]},
                    {"type": "PLACE", "text": "山西", "level": "province"},
                    {"type": "MEETING", "text": "省委第十五次专题会议", "ordinal": 15},
                    {"type": "NONSENSE", "text": "x"}
                  ],
                  "nested": {"a": [1, {"b": true}], "c": "}"},
                  "fetchedAt": "2020-02-02T07:07:00+08:00",
                  "removed": [{"kind": "spam", "text": "久久"}]
                }""";
        IndexableDocument doc = mapper.fromMessage(message.getBytes(StandardCharsets.UTF_8));
        JsonNode source = Json.MAPPER.readTree(doc.source());

        ObjectNode expected = (ObjectNode) Json.MAPPER.readTree(message);
        expected.remove(List.of("paragraphs", "entities", "removed"));
        expected.set("persons", Json.MAPPER.valueToTree(List.of("楼阳生")));
        expected.set("personTitles", Json.MAPPER.valueToTree(List.of("省委书记 楼阳生", "组长 楼阳生")));
        expected.set("places", Json.MAPPER.valueToTree(List.of("山西")));
        expected.set("organizations", Json.MAPPER.createArrayNode());
        expected.set("personsCanonical", Json.MAPPER.valueToTree(List.of("楼阳生")));
        expected.set("placesCanonical", Json.MAPPER.valueToTree(List.of("山西")));
        expected.set("organizationsCanonical", Json.MAPPER.createArrayNode());
        expected.set("meetings", Json.MAPPER.valueToTree(List.of("省委第十五次专题会议")));
        expected.set("terms", Json.MAPPER.createArrayNode());
        ObjectNode counts = expected.putObject("entityCounts");
        counts.put("person", 2).put("place", 1).put("organization", 0).put("meeting", 1).put("date", 0).put("quantity", 0).put("term", 0);
        assertEquals(expected, source);
        assertEquals("abc", doc.docId());
        assertEquals(OffsetDateTime.parse("2020-02-02T07:07:00+08:00").toInstant().toEpochMilli(), doc.version());
    }

    @Test
    void canonicalNamesStandBesideTheSurfacesAndUnresolvedReferencesAreLeftOut() throws Exception {
        String message = """
                {"docId": "c", "entities": [
                  {"type": "ORGANIZATION", "text": "国家计委", "canonical": "国家发展计划委员会"},
                  {"type": "ORGANIZATION", "text": "国家发展计划委员会"},
                  {"type": "ORGANIZATION", "text": "省委", "canonical": "中共山西省委", "reference": true},
                  {"type": "ORGANIZATION", "text": "市政府", "reference": true},
                  {"type": "PERSON", "text": "习近平"}
                ]}""";
        JsonNode source = Json.MAPPER.readTree(mapper.fromMessage(message.getBytes(StandardCharsets.UTF_8)).source());
        assertEquals(Json.MAPPER.valueToTree(List.of("国家计委", "国家发展计划委员会", "省委", "市政府")), source.path("organizations"));
        assertEquals(Json.MAPPER.valueToTree(List.of("国家发展计划委员会", "中共山西省委")), source.path("organizationsCanonical"));
        assertEquals(Json.MAPPER.valueToTree(List.of("习近平")), source.path("personsCanonical"));
    }

    @Test
    void aDocumentWithOnlyDroppedFieldsAfterTheIdStillMakesValidJson() throws Exception {
        JsonNode source = Json.MAPPER.readTree(mapper.fromMessage("{\"docId\":\"x\",\"removed\":[],\"paragraphs\":[]}".getBytes()).source());
        assertEquals("x", source.path("docId").asText());
        assertEquals(0, source.path("entityCounts").path("person").asInt());
    }

    @Test
    void aTypedDocumentMapsLikeItsMessage() throws Exception {
        EnrichedDocument d = new EnrichedDocument();
        d.docId = "id1";
        d.title = "标题";
        d.fetchedAt = OffsetDateTime.parse("2026-11-22T10:00:00Z");
        d.entities = List.of(new Entity(EntityType.TERM, "双零目标", 1, List.of(new Mention(0, 4)), null, null, null, null, null, null, null));
        JsonNode source = Json.MAPPER.readTree(mapper.fromDocument(d).source());
        assertEquals("标题", source.path("title").asText());
        assertEquals("双零目标", source.path("terms").get(0).asText());
        assertTrue(source.path("entities").isMissingNode());
        assertEquals(d.fetchedAt.toInstant().toEpochMilli(), mapper.fromDocument(d).version());
    }

    @Test
    void aFarFutureFetchTimeIsCappedToTheServiceClockPlusSkew() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        DocumentMapper capped = new DocumentMapper(Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(5));
        String future = "{\"docId\":\"f\",\"fetchedAt\":\"2999-01-01T00:00:00Z\"}";
        assertEquals(now.plus(Duration.ofMinutes(5)).toEpochMilli(), capped.fromMessage(future.getBytes(StandardCharsets.UTF_8)).version());
        String present = "{\"docId\":\"f\",\"fetchedAt\":\"2026-12-01T11:59:00Z\"}";
        assertEquals(now.minusSeconds(60).toEpochMilli(), capped.fromMessage(present.getBytes(StandardCharsets.UTF_8)).version());
        String absurd = "{\"docId\":\"f\",\"fetchedAt\":\"+999999999-12-31T23:59:59Z\"}";
        assertTrue(capped.fromMessage(absurd.getBytes(StandardCharsets.UTF_8)).version() <= now.plus(Duration.ofMinutes(5)).toEpochMilli());
    }

    @Test
    void messagesThatAreNotDocumentsAreRefusedWithAReason() {
        for (String bad : List.of("not json", "[1,2]", "{\"title\":\"no id\"}", "{\"docId\":\"x\",\"title\":\"cut", "{\"docId\": 5}")) {
            var e = assertThrows(DocumentMapper.NotADocumentException.class, () -> mapper.fromMessage(bad.getBytes(StandardCharsets.UTF_8)), bad);
            assertTrue(e.getMessage().startsWith("not a valid EnrichedDocument message"), e.getMessage());
        }
    }

    @Test
    void aWrongSchemaVersionOrATombstoneIsRefusedWithAReason() {
        var wrong = assertThrows(DocumentMapper.NotADocumentException.class,
                () -> mapper.fromMessage("{\"schemaVersion\": 99, \"docId\": \"a\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("unsupported schemaVersion 99 of EnrichedDocument (this reader knows 1)", wrong.getMessage());
        assertTrue(assertThrows(DocumentMapper.NotADocumentException.class, () -> mapper.fromMessage(null)).getMessage().contains("tombstone"));
    }
}
