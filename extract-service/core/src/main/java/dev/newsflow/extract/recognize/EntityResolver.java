package dev.newsflow.extract.recognize;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.lexicon.Gazetteer;
import dev.newsflow.extract.lexicon.LexiconFiles;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves mentions within one document to a canonical name: short and former names of bodies through
 * {@code org-aliases.tsv} ("国家计委" -> "国家发展计划委员会"), and bare references ("省委", "市政府") through the
 * province, city or county the document is about, the one of that level it mentions most ("省委" in an article about
 * 山西 -> "中共山西省委"). A reference the document gives no place for keeps no canonical name.
 */
public final class EntityResolver {
    private final Map<String, String> aliases = new HashMap<>();
    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String line : LexiconFiles.lines("org-aliases.tsv")) {
            String[] fields = line.split("\t");
            aliases.put(fields[0].strip(), fields[1].strip());
        }
    }

    public void resolve(List<Found> all, List<Found> places) {
        Map<String, String> about = new HashMap<>();
        for (String level : List.of("province", "city", "county")) {
            String place = mostMentioned(places, level);
            if (place != null) {
                about.put(level, place);
            }
        }
        for (Found found : all) {
            if (found.type != EntityType.ORGANIZATION) {
                continue;
            }
            if (found.reference) {
                found.canonical = referenceName(found.name, about);
            } else if (aliases.containsKey(found.name)) {
                found.canonical = aliases.get(found.name);
            }
        }
    }

    private String referenceName(String reference, Map<String, String> about) {
        String scope = reference.startsWith("自治区") ? "自治区" : reference.substring(0, 1);
        String level = switch (scope) {
            case "省", "自治区" -> "province";
            case "市", "州" -> "city";
            case "县", "区" -> "county";
            default -> null;
        };
        String place = level == null ? null : about.get(level);
        if (place == null && scope.equals("市")) {
            String province = about.get("province");
            place = province != null && province.endsWith("市") ? province : null; // "市委" in an article about 北京市
        }
        if (place == null) {
            return null;
        }
        String body = reference.substring(scope.length());
        String named = place + body;
        return body.startsWith("委") ? "中共" + named : named; // the party committee: "中共山西省委"
    }

    /** The full name of the place of this level the document mentions most, the first one on a tie. */
    private String mostMentioned(List<Found> places, String level) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found place : places) {
            Gazetteer.Entry entry = gazetteer.lookup(place.name);
            if (entry != null && entry.place().level().equals(level)) {
                counts.merge(entry.place().fullName(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
