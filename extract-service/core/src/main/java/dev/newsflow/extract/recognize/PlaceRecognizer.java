package dev.newsflow.extract.recognize;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.lexicon.Gazetteer;
import dev.newsflow.extract.lexicon.Place;
import dev.newsflow.extract.text.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Administrative divisions from the gazetteer, with their level. Places inside the names of bodies count too
 * ("晋中市" in "晋中市传染病医院"). To keep precision:
 * <ul>
 *   <li>a match must not cut a word of the segmentation in two ("城市政府" holds no "市");</li>
 *   <li>a township needs its county or city written just before it, or the 乡/镇 suffix and four characters;</li>
 *   <li>a short name that the dictionary knows only as an ordinary word ("仙桃" the fruit) needs a place next to it
 *   ("湖北仙桃", "仙桃、潜江").</li>
 * </ul>
 */
public final class PlaceRecognizer {
    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Found> recognize(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Gazetteer.Hit> all = gazetteer.find(text);
        java.util.BitSet placeEnds = new java.util.BitSet();
        all.forEach(hit -> placeEnds.set(hit.end()));
        List<Gazetteer.Hit> acceptable = new ArrayList<>();
        for (Gazetteer.Hit hit : all) {
            if (acceptable(hit, analyzed, placeEnds.get(hit.start()))) {
                acceptable.add(hit);
            }
        }
        List<Gazetteer.Hit> hits = longestLeftmost(acceptable);
        List<Found> places = new ArrayList<>();
        List<Gazetteer.Hit> doubtful = new ArrayList<>();
        java.util.BitSet acceptedEnds = new java.util.BitSet();
        java.util.BitSet acceptedStarts = new java.util.BitSet();
        for (Gazetteer.Hit hit : hits) {
            if (isOrdinaryWord(hit) && !acceptedEnds.get(hit.start())) {
                doubtful.add(hit);
            } else {
                places.add(place(hit, text));
                acceptedEnds.set(hit.end());
                acceptedStarts.set(hit.start());
            }
        }
        for (Gazetteer.Hit hit : doubtful) {
            if (nextToAcceptedPlace(hit, acceptedStarts, acceptedEnds, text)) {
                places.add(place(hit, text));
            }
        }
        addTownshipsOfMentionedCounties(all, places, analyzed);
        places.sort(Comparator.comparingInt(f -> f.start));
        return places;
    }

    /** A township whose county or city the text names elsewhere ("堆龙德庆区 ... 乃琼镇"). */
    private static void addTownshipsOfMentionedCounties(List<Gazetteer.Hit> hits, List<Found> places, AnalyzedText analyzed) {
        java.util.Set<Long> accepted = new java.util.HashSet<>();
        places.forEach(p -> accepted.add(span(p.start, p.end)));
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Gazetteer.Hit hit : hits) {
            String level = hit.entry().place().level();
            if (accepted.contains(span(hit.start(), hit.end())) && (level.equals("county") || level.equals("city"))) {
                codes.add(hit.entry().place().code());
            }
        }
        for (Gazetteer.Hit hit : hits) {
            Place place = hit.entry().place();
            if (!accepted.contains(span(hit.start(), hit.end())) && place.level().equals("township")
                    && analyzed.isAligned(hit.start(), hit.end())
                    && hit.entry().name().length() >= 3 && hasPrefixIn(place.code(), codes)) {
                places.add(place(hit, analyzed.text()));
                accepted.add(span(hit.start(), hit.end()));
            }
        }
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    private static boolean hasPrefixIn(String code, java.util.Set<String> codes) {
        for (int length = 1; length <= code.length(); length++) {
            if (codes.contains(code.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    private boolean acceptable(Gazetteer.Hit hit, AnalyzedText analyzed, boolean afterPlace) {
        String name = hit.entry().name();
        boolean aligned = analyzed.isAligned(hit.start(), hit.end())
                || (afterPlace && analyzed.isBoundary(hit.end()))
                || endsWithDivisionSuffix(name) && analyzed.isBoundary(hit.start());
        if (!aligned) {
            return false;
        }
        if ("township".equals(hit.entry().place().level())) {
            return afterPlace || (name.length() >= 4 && (name.endsWith("乡") || name.endsWith("镇")));
        }
        return true;
    }

    private static boolean endsWithDivisionSuffix(String name) {
        return name.length() >= 3 && "省市县区州旗乡镇".indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** A short name the core dictionary lists mostly as an ordinary word ("公安", "仙桃"). */
    private static boolean isOrdinaryWord(Gazetteer.Hit hit) {
        if (!hit.entry().shortForm()) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(hit.entry().name());
        if (attribute == null) {
            return false;
        }
        int placeFrequency = 0;
        int otherFrequency = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i].toString().startsWith("ns")) {
                placeFrequency += attribute.frequency[i];
            } else {
                otherFrequency += attribute.frequency[i];
            }
        }
        return otherFrequency > placeFrequency;
    }

    private static boolean nextToAcceptedPlace(Gazetteer.Hit hit, java.util.BitSet starts, java.util.BitSet ends, String text) {
        if (ends.get(hit.start()) || starts.get(hit.end())) {
            return true;
        }
        boolean listedBefore = hit.start() > 0 && text.charAt(hit.start() - 1) == '、' && ends.get(hit.start() - 1);
        boolean listedAfter = hit.end() < text.length() && text.charAt(hit.end()) == '、' && starts.get(hit.end() + 1);
        return listedBefore || listedAfter;
    }

    private static Found place(Gazetteer.Hit hit, String text) {
        Found place = new Found(EntityType.PLACE, hit.start(), hit.end(), text.substring(hit.start(), hit.end()));
        place.level = hit.entry().place().level();
        return place;
    }

    /** Non-overlapping hits, preferring the longest at each position. */
    static List<Gazetteer.Hit> longestLeftmost(List<Gazetteer.Hit> hits) {
        List<Gazetteer.Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Gazetteer.Hit::start)
                .thenComparing(Comparator.comparingInt((Gazetteer.Hit h) -> h.end() - h.start()).reversed()));
        List<Gazetteer.Hit> chosen = new ArrayList<>();
        int reached = 0;
        for (Gazetteer.Hit hit : sorted) {
            if (hit.start() >= reached) {
                chosen.add(hit);
                reached = hit.end();
            }
        }
        return chosen;
    }
}
