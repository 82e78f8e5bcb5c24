package dev.newsflow.contracts;

import java.util.List;

/**
 * An entity found in a document. Fields beyond type, text, count and mentions are set by type:
 * {@code titles} for PERSON, {@code level} for PLACE, {@code ordinal} and {@code date} for MEETING,
 * {@code value} for DATE, {@code number} and {@code unit} for QUANTITY.
 * {@code canonical} (PERSON, PLACE, ORGANIZATION, optional) is the name the mention resolves to within the document
 * ("国家计委" -> "国家发展计划委员会", "省委" in an article about 山西 -> "中共山西省委"), for aggregating; absent when
 * the text is already the name. {@code reference} is true for a bare common-noun reference ("省委", "市政府") whose
 * name only the document's context gives. Both were added in schema version 1 as optional fields: old readers ignore them.
 */
public record Entity(
        EntityType type,
        String text,
        int count,
        List<Mention> mentions,
        List<String> titles,
        String level,
        Integer ordinal,
        String date,
        String value,
        Double number,
        String unit,
        String canonical,
        Boolean reference) {

    /** An entity without canonical name (the text is the name). */
    public Entity(EntityType type, String text, int count, List<Mention> mentions, List<String> titles, String level,
                  Integer ordinal, String date, String value, Double number, String unit) {
        this(type, text, count, mentions, titles, level, ordinal, date, value, number, unit, null, null);
    }

    public static Entity of(EntityType type, String text, List<Mention> mentions) {
        return new Entity(type, text, mentions.size(), mentions, null, null, null, null, null, null, null);
    }

    /** The name to aggregate on: the canonical name when there is one, else the text. */
    public String canonicalOrText() {
        return canonical == null ? text : canonical;
    }
}
