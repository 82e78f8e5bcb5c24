package dev.newsflow.index;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an enriched document into the indexed source: the message fields as they are, plus flat entity
 * fields (persons, places, ...) that Kibana can aggregate on. The full entity list is not indexed.
 */
public final class DocumentMapper {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public Map<String, Object> toSource(EnrichedDocument doc) {
        Map<String, Object> source = new LinkedHashMap<>(Json.MAPPER.convertValue(doc, MAP));
        source.remove("entities");
        source.remove("removed");
        source.remove("paragraphs");
        source.put("persons", names(doc.entities, EntityType.PERSON));
        source.put("places", names(doc.entities, EntityType.PLACE));
        source.put("organizations", names(doc.entities, EntityType.ORGANIZATION));
        source.put("meetings", names(doc.entities, EntityType.MEETING));
        source.put("terms", names(doc.entities, EntityType.TERM));
        source.put("personTitles", personTitles(doc.entities));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            counts.put(type.name().toLowerCase(), (int) doc.entities.stream().filter(e -> e.type() == type).count());
        }
        source.put("entityCounts", counts);
        return source;
    }

    /** The external version of a document: its fetch time, so a replay is harmless and an older fetch never overwrites a newer one. */
    public long version(EnrichedDocument doc) {
        return doc.fetchedAt == null ? 1L : doc.fetchedAt.toInstant().toEpochMilli();
    }

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::text).distinct().toList();
    }

    private static List<String> personTitles(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON && e.titles() != null)
                .flatMap(e -> e.titles().stream().filter(Objects::nonNull).map(t -> t + " " + e.text()))
                .distinct().toList();
    }
}
