package dev.newsflow.extract.lexicon;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Chinese administrative divisions by name, full ("山西省", "平遥县") and short ("山西", "平遥").
 * Short names are derived for provinces, cities and county-level cities and counties only: district short names
 * ("西城", "朝阳") and township short names are too often ordinary words.
 */
public final class Gazetteer {
    /** One name in the gazetteer: the place it names and whether it is the full name. */
    public record Entry(String name, Place place, boolean shortForm) {
    }

    /** A name found in a text. */
    public record Hit(int start, int end, Entry entry) {
    }

    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$");
    private static final Pattern CITY_SUFFIX = Pattern.compile("(市|地区|盟|自治州)$");
    private static final Pattern COUNTY_SUFFIX = Pattern.compile("(自治县|县|市|自治旗|旗)$");

    private final AhoCorasickDoubleArrayTrie<Entry> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, Entry> byName;

    private Gazetteer(Map<String, Entry> byName) {
        this.byName = byName;
        trie.build(new TreeMap<>(byName));
    }

    public static Gazetteer load() {
        Set<String> stopwords = LexiconFiles.set("place-stopwords.txt");
        List<String> ethnicGroups = LexiconFiles.lines("ethnic-groups.txt");
        Map<String, Entry> byName = new HashMap<>();
        for (String line : LexiconFiles.lines("admin-divisions.tsv")) {
            String[] fields = line.split("\t");
            Place place = new Place(fields[0], fields[1], fields[2]);
            offer(byName, new Entry(place.fullName(), place, false));
            String shortName = shortName(place, ethnicGroups);
            if (shortName != null && shortName.length() >= 2 && !stopwords.contains(shortName)) {
                offer(byName, new Entry(shortName, place, true));
                if (place.fullName().endsWith("自治州")) {
                    offer(byName, new Entry(shortName + "州", place, true)); // "凉山州"
                }
            }
        }
        return new Gazetteer(byName);
    }

    /** Keeps, for a name shared by several places, the highest level, full names before short ones. */
    private static void offer(Map<String, Entry> byName, Entry entry) {
        byName.merge(entry.name(), entry, (old, candidate) -> {
            if (old.shortForm() != candidate.shortForm()) {
                return old.shortForm() ? candidate : old;
            }
            return candidate.place().rank() < old.place().rank() ? candidate : old;
        });
    }

    static String shortName(Place place, List<String> ethnicGroups) {
        Pattern suffix = switch (place.level()) {
            case "province" -> PROVINCE_SUFFIX;
            case "city" -> CITY_SUFFIX;
            case "county" -> COUNTY_SUFFIX;
            default -> null;
        };
        if (suffix == null) {
            return null;
        }
        String stripped = suffix.matcher(place.fullName()).replaceFirst("");
        // "凉山彝族自治州" -> "凉山", "长阳土家族自治县" -> "长阳"
        boolean stripping = true;
        while (stripping) {
            stripping = false;
            for (String group : ethnicGroups) {
                // written with or without 族: "凉山彝族自治州", "伊犁哈萨克自治州"
                for (String written : List.of(group, group.substring(0, group.length() - 1))) {
                    if (written.length() >= 2 && stripped.endsWith(written) && stripped.length() - written.length() >= 2) {
                        stripped = stripped.substring(0, stripped.length() - written.length());
                        stripping = true;
                    }
                }
            }
        }
        return stripped.equals(place.fullName()) ? null : stripped;
    }

    public Entry lookup(String name) {
        return byName.get(name);
    }

    /** All names occurring in the text, overlapping ones included. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, entry) -> hits.add(new Hit(begin, end, entry)));
        return hits;
    }
}
