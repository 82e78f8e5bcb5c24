package dev.newsflow.contracts;

import java.util.List;

/**
 * An entity found in a document. Fields beyond type, text, count and mentions are set by type:
 * {@code titles} for PERSON, {@code level} for PLACE, {@code ordinal} and {@code date} for MEETING,
 * {@code value} for DATE, {@code number} and {@code unit} for QUANTITY.
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
        String unit) {

    public static Entity of(EntityType type, String text, List<Mention> mentions) {
        return new Entity(type, text, mentions.size(), mentions, null, null, null, null, null, null, null);
    }
}
