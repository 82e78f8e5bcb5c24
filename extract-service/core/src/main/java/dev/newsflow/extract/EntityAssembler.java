package dev.newsflow.extract;

import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Mention;
import dev.newsflow.extract.recognize.Found;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the mentions of all recognizers into entities: drops mentions inside spam, settles overlaps, and groups the
 * mentions of one name into one entity with its count and attributes.
 */
final class EntityAssembler {

    List<Entity> assemble(List<Found> all) {
        List<Found> kept = settleOverlaps(all);
        Map<String, List<Found>> byName = new LinkedHashMap<>();
        kept.sort(Comparator.comparingInt((Found f) -> f.type.ordinal()).thenComparingInt(f -> f.start));
        for (Found found : kept) {
            byName.computeIfAbsent(found.type + "\u0000" + found.name, k -> new ArrayList<>()).add(found);
        }
        List<Entity> entities = new ArrayList<>();
        for (List<Found> group : byName.values()) {
            entities.add(entity(group));
        }
        return entities;
    }

    private static Entity entity(List<Found> group) {
        Found first = group.get(0);
        List<Mention> mentions = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        String date = null;
        Integer ordinal = null;
        String canonical = null;
        for (Found found : group) {
            canonical = canonical == null ? found.canonical : canonical;
            if (found.start >= 0) {
                mentions.add(new Mention(found.start, found.end));
            }
            titles.addAll(found.titles);
            date = date == null ? found.date : date;
            ordinal = ordinal == null ? found.ordinal : ordinal;
        }
        return new Entity(first.type, first.name, mentions.size(), mentions,
                first.type == EntityType.PERSON ? new ArrayList<>(titles) : null,
                first.level, ordinal, date, first.value, first.number, first.unit,
                canonical, first.reference ? Boolean.TRUE : null);
    }

    /**
     * Within a type the longest mention wins. Across types: a date beats the quantity it overlaps, a person beats a
     * short place name it overlaps. Places, dates and bodies nested in a meeting or a body stay.
     */
    private static List<Found> settleOverlaps(List<Found> all) {
        List<Found> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Found f) -> f.length()).reversed().thenComparingInt(f -> f.start));
        int length = 0;
        for (Found found : all) {
            length = Math.max(length, found.end);
        }
        // the kept mentions covering each offset: a candidate checks only those over its own span (linear cost)
        List<List<Found>> covering = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            covering.add(null);
        }
        List<Found> kept = new ArrayList<>();
        for (Found candidate : sorted) {
            if (candidate.start < 0) {
                kept.add(candidate);
                continue;
            }
            if (!blockedByKept(candidate, covering)) {
                kept.add(candidate);
                for (int i = candidate.start; i < candidate.end; i++) {
                    if (covering.get(i) == null) {
                        covering.set(i, new ArrayList<>(2));
                    }
                    covering.get(i).add(candidate);
                }
            }
        }
        // a shorter person may block a longer place: check persons against places once more
        java.util.BitSet persons = new java.util.BitSet(length);
        kept.stream().filter(f -> f.type == EntityType.PERSON && f.start >= 0).forEach(f -> persons.set(f.start, f.end));
        kept.removeIf(place -> place.type == EntityType.PLACE && place.start >= 0
                && persons.nextSetBit(place.start) >= 0 && persons.nextSetBit(place.start) < place.end);
        return kept;
    }

    private static boolean blockedByKept(Found candidate, List<List<Found>> covering) {
        for (int i = candidate.start; i < candidate.end; i++) {
            List<Found> here = covering.get(i);
            if (here == null) {
                continue;
            }
            for (Found other : here) {
                if (blocks(other, candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean blocks(Found kept, Found candidate) {
        if (kept.type == candidate.type) {
            // a body nested at the start of its sub-unit is mentioned too ("国务院" in "国务院联防联控机制")
            return !(kept.type == EntityType.ORGANIZATION && kept.start == candidate.start);
        }
        if (candidate.type == EntityType.QUANTITY && kept.type == EntityType.DATE
                || candidate.type == EntityType.DATE && kept.type == EntityType.QUANTITY) {
            return true;
        }
        if (kept.type == EntityType.ORGANIZATION && candidate.type == EntityType.PERSON
                || kept.type == EntityType.PERSON && candidate.type == EntityType.ORGANIZATION) {
            return !(kept.start <= candidate.start && candidate.end <= kept.end);
        }
        return false;
    }
}
