package dev.newsflow.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an enriched document (its JSON message) into the indexed source: the message fields as they are, plus
 * flat entity fields (persons, places, ...) that Kibana can aggregate on, and beside the surface names the canonical
 * ones ({@code personsCanonical}, {@code placesCanonical}, {@code organizationsCanonical}: the entity's
 * {@code canonical} where the extractor resolved one, else its surface), so that "国家计委" and
 * "国家发展计划委员会" count as one organization. The full entity list, the paragraphs
 * (already in {@code text}) and the removal audit are not indexed.
 * <p>
 * Kept fields are copied as raw bytes from the message, never decoded and re-encoded: most of a document is
 * Chinese text, and turning it into Java strings and back into UTF-8 was most of index-service's CPU.
 */
public final class DocumentMapper {
    private static final Set<String> DROPPED = Set.of("entities", "removed", "paragraphs");
    private static final JsonFactory FACTORY = Json.MAPPER.getFactory();
    /** How far ahead of this service's clock a fetch time may be and still count: clocks of two hosts differ a little. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;
    private final Duration maxSkew;

    public DocumentMapper() {
        this(Clock.systemUTC(), MAX_CLOCK_SKEW);
    }

    /** @param clock the time a fetch time is capped against; @param maxSkew how far ahead of it a fetch time may be */
    public DocumentMapper(Clock clock, Duration maxSkew) {
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    /** A message that cannot be a document: no JSON object, or no {@code docId}. */
    public static final class NotADocumentException extends IllegalArgumentException {
        NotADocumentException(String message) {
            super(message);
        }
    }

    /** @throws NotADocumentException when the bytes are no JSON object or it has no docId */
    public IndexableDocument fromMessage(byte[] json) {
        if (json == null || json.length == 0) {
            throw new NotADocumentException("empty record (tombstone): no EnrichedDocument message");
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new NotADocumentException("not a valid EnrichedDocument message: not a JSON object");
            }
            ByteArrayOutputStream source = new ByteArrayOutputStream(json.length);
            source.write('{');
            boolean empty = true;
            String docId = null;
            String fetchedAt = null;
            // like the typed readers (CleanDocument defaults to its version), a message without the field is read as the current one
            int schemaVersion = EnrichedDocument.SCHEMA_VERSION;
            JsonNode entities = null;
            int pendingStart = -1;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
                int tokenStart = (int) parser.currentTokenLocation().getByteOffset();
                if (pendingStart >= 0) {
                    // the previous kept field is everything from its name up to this token, less the separating comma
                    empty = copyField(json, pendingStart, tokenStart, source, empty);
                    pendingStart = -1;
                }
                if (token == JsonToken.END_OBJECT) {
                    break;
                }
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("docId") && value == JsonToken.VALUE_STRING) {
                    docId = parser.getText();
                } else if (name.equals("schemaVersion") && value == JsonToken.VALUE_NUMBER_INT) {
                    schemaVersion = parser.getIntValue();
                } else if (name.equals("fetchedAt") && value == JsonToken.VALUE_STRING) {
                    fetchedAt = parser.getText();
                } else if (name.equals("entities") && value == JsonToken.START_ARRAY) {
                    entities = Json.MAPPER.readTree(parser);
                }
                parser.skipChildren();
                if (!DROPPED.contains(name)) {
                    pendingStart = tokenStart;
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new NotADocumentException("not a valid EnrichedDocument message: truncated JSON");
            }
            if (schemaVersion != EnrichedDocument.SCHEMA_VERSION) {
                throw new NotADocumentException("unsupported schemaVersion " + schemaVersion
                        + " of EnrichedDocument (this reader knows " + EnrichedDocument.SCHEMA_VERSION + ")");
            }
            if (docId == null || docId.isBlank()) {
                throw new NotADocumentException("not a valid EnrichedDocument message: no docId");
            }
            appendEntityFields(source, entities, empty);
            source.write('}');
            return new IndexableDocument(docId, version(fetchedAt, clock.millis() + maxSkew.toMillis()), source.toByteArray());
        } catch (NotADocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new NotADocumentException("not a valid EnrichedDocument message: " + e.getMessage());
        }
    }

    public IndexableDocument fromDocument(EnrichedDocument doc) {
        try {
            return fromMessage(Json.MAPPER.writeValueAsBytes(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean copyField(byte[] json, int from, int to, ByteArrayOutputStream out, boolean empty) {
        int end = to;
        while (end > from && (Character.isWhitespace(json[end - 1]) || json[end - 1] == ',')) {
            end--;
        }
        if (!empty) {
            out.write(',');
        }
        out.write(json, from, end - from);
        return false;
    }

    private static void appendEntityFields(ByteArrayOutputStream out, JsonNode entities, boolean empty) throws IOException {
        Map<EntityType, Set<String>> names = new EnumMap<>(EntityType.class);
        Map<EntityType, Set<String>> canonical = new EnumMap<>(EntityType.class);
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        Set<String> personTitles = new LinkedHashSet<>();
        for (EntityType type : EntityType.values()) {
            names.put(type, new LinkedHashSet<>());
            canonical.put(type, new LinkedHashSet<>());
            counts.put(type, 0);
        }
        if (entities != null) {
            for (JsonNode entity : entities) {
                EntityType type;
                try {
                    type = EntityType.valueOf(entity.path("type").asText(""));
                } catch (IllegalArgumentException unknownType) {
                    continue;
                }
                String text = entity.path("text").asText("");
                names.get(type).add(text);
                String resolved = entity.path("canonical").asText("");
                if (!resolved.isBlank()) {
                    canonical.get(type).add(resolved);
                } else if (!entity.path("reference").asBoolean(false)) {
                    canonical.get(type).add(text); // a bare reference ("省委") resolved to nothing names no one body
                }
                counts.merge(type, 1, Integer::sum);
                if (type == EntityType.PERSON) {
                    entity.path("titles").forEach(t -> personTitles.add(t.asText() + " " + text));
                }
            }
        }
        ByteArrayOutputStream fields = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = FACTORY.createGenerator(fields)) {
            generator.writeStartObject();
            writeArray(generator, "persons", names.get(EntityType.PERSON));
            writeArray(generator, "personTitles", personTitles);
            writeArray(generator, "places", names.get(EntityType.PLACE));
            writeArray(generator, "organizations", names.get(EntityType.ORGANIZATION));
            writeArray(generator, "personsCanonical", canonical.get(EntityType.PERSON));
            writeArray(generator, "placesCanonical", canonical.get(EntityType.PLACE));
            writeArray(generator, "organizationsCanonical", canonical.get(EntityType.ORGANIZATION));
            writeArray(generator, "meetings", names.get(EntityType.MEETING));
            writeArray(generator, "terms", names.get(EntityType.TERM));
            generator.writeObjectFieldStart("entityCounts");
            for (EntityType type : EntityType.values()) {
                generator.writeNumberField(type.name().toLowerCase(Locale.ROOT), counts.get(type));
            }
            generator.writeEndObject();
            generator.writeEndObject();
        }
        byte[] object = fields.toByteArray();
        if (!empty) {
            out.write(',');
        }
        out.write(object, 1, object.length - 2); // the fields without the object's braces
    }

    private static void writeArray(JsonGenerator generator, String field, Set<String> values) throws IOException {
        generator.writeArrayFieldStart(field);
        for (String value : values) {
            generator.writeString(value);
        }
        generator.writeEndArray();
    }

    /**
     * The external version of a document: its fetch time, so a replay is harmless and an older fetch never
     * overwrites a newer one; but never later than {@code latest} (this service's clock plus the allowed skew).
     * The version is decided here, not by whoever wrote the message: a document sent with a far-future
     * {@code fetchedAt} gets at most "now", so the next real fetch replaces it.
     */
    static long version(String fetchedAt, long latest) {
        if (fetchedAt == null) {
            return 1L;
        }
        try {
            return Math.max(1L, Math.min(OffsetDateTime.parse(fetchedAt).toInstant().toEpochMilli(), latest));
        } catch (DateTimeParseException | ArithmeticException e) {
            return 1L;
        }
    }
}
