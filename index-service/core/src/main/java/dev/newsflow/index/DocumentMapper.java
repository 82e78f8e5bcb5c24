package dev.newsflow.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an enriched document (as its JSON message) into the indexed source: the message fields as they are, plus
 * flat entity fields (persons, places, ...) that Kibana can aggregate on. The full entity list, the paragraphs
 * (already in {@code text}) and the removal audit are not indexed. Works on the JSON tree, so a message is parsed
 * once and never bound to objects on the way to Elasticsearch.
 */
public final class DocumentMapper {

    /** A message that cannot be a document: no JSON object, or no {@code docId}. */
    public static final class NotADocumentException extends IllegalArgumentException {
        NotADocumentException(String message) {
            super(message);
        }
    }

    /** @throws NotADocumentException when the JSON is no object or has no docId */
    public IndexableDocument fromMessage(String json) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new NotADocumentException("not a valid EnrichedDocument message: " + e.getMessage());
        }
        if (!(tree instanceof ObjectNode message) || !message.path("docId").isTextual() || message.path("docId").asText().isBlank()) {
            throw new NotADocumentException("not a valid EnrichedDocument message: no docId");
        }
        return toIndexable(message);
    }

    public IndexableDocument fromDocument(EnrichedDocument doc) {
        return toIndexable(Json.MAPPER.valueToTree(doc));
    }

    private IndexableDocument toIndexable(ObjectNode message) {
        String docId = message.path("docId").asText();
        long version = version(message.path("fetchedAt").asText(null));
        ArrayNode entities = message.has("entities") && message.get("entities").isArray() ? (ArrayNode) message.get("entities") : null;
        message.remove("entities");
        message.remove("removed");
        message.remove("paragraphs");
        ObjectNode counts = message.putObject("entityCounts");
        for (EntityType type : EntityType.values()) {
            counts.put(type.name().toLowerCase(Locale.ROOT), 0);
        }
        Set<String> persons = new LinkedHashSet<>();
        Set<String> personTitles = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        Set<String> meetings = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        if (entities != null) {
            for (JsonNode entity : entities) {
                String type = entity.path("type").asText("");
                String text = entity.path("text").asText("");
                if (counts.has(type.toLowerCase(Locale.ROOT))) {
                    counts.put(type.toLowerCase(Locale.ROOT), counts.get(type.toLowerCase(Locale.ROOT)).asInt() + 1);
                }
                switch (type) {
                    case "PERSON" -> {
                        persons.add(text);
                        entity.path("titles").forEach(t -> personTitles.add(t.asText() + " " + text));
                    }
                    case "PLACE" -> places.add(text);
                    case "ORGANIZATION" -> organizations.add(text);
                    case "MEETING" -> meetings.add(text);
                    case "TERM" -> terms.add(text);
                    default -> {
                    }
                }
            }
        }
        putAll(message, "persons", persons);
        putAll(message, "personTitles", personTitles);
        putAll(message, "places", places);
        putAll(message, "organizations", organizations);
        putAll(message, "meetings", meetings);
        putAll(message, "terms", terms);
        return new IndexableDocument(docId, version, message);
    }

    /** The external version of a document: its fetch time, so a replay is harmless and an older fetch never overwrites a newer one. */
    static long version(String fetchedAt) {
        if (fetchedAt == null) {
            return 1L;
        }
        try {
            return OffsetDateTime.parse(fetchedAt).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return 1L;
        }
    }

    private static void putAll(ObjectNode target, String field, Set<String> values) {
        ArrayNode array = target.putArray(field);
        values.forEach(array::add);
    }
}
