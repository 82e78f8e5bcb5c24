package dev.newsflow.clean.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bounded in-process store: four 16-bit bands index the hashes, so every hash within 3 bits shares a band with the
 * query (pigeonhole); the oldest documents are forgotten beyond {@code capacity}. Each document keeps the sequence
 * number of its first sighting, so verdicts are stable (see {@link SimHashStore}).
 */
public final class InMemorySimHashStore implements SimHashStore {
    private static final int BANDS = 4;
    private record Seen(long simhash, long sequence) {
    }

    private final int capacity;
    /** Insertion (first-sighting) order: the eldest entry is forgotten first. */
    private final LinkedHashMap<String, Seen> seen = new LinkedHashMap<>();
    private final List<Map<Integer, List<String>>> bands = new ArrayList<>();
    private long sequence;

    public InMemorySimHashStore(int capacity) {
        this.capacity = capacity;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    @Override
    public synchronized Optional<String> findNear(String docId, long simhash, int maxDistance) {
        Seen self = seen.get(docId);
        long before = self == null ? Long.MAX_VALUE : self.sequence();
        String first = null;
        long firstSequence = Long.MAX_VALUE;
        for (int b = 0; b < BANDS; b++) {
            List<String> ids = bands.get(b).get(band(simhash, b));
            if (ids == null) {
                continue;
            }
            for (String id : ids) {
                Seen other = seen.get(id);
                if (other != null && !id.equals(docId) && other.sequence() < before && other.sequence() < firstSequence
                        && SimHash.distance(simhash, other.simhash()) <= maxDistance) {
                    first = id;
                    firstSequence = other.sequence();
                }
            }
        }
        return Optional.ofNullable(first);
    }

    @Override
    public synchronized void put(String docId, long simhash) {
        Seen earlier = seen.get(docId);
        if (earlier != null && earlier.simhash() == simhash) {
            return;
        }
        long at = earlier == null ? sequence++ : earlier.sequence();
        if (earlier != null) {
            unband(docId, earlier.simhash());
        }
        seen.put(docId, new Seen(simhash, at));
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(band(simhash, b), k -> new ArrayList<>()).add(docId);
        }
        while (seen.size() > capacity) {
            var eldest = seen.entrySet().iterator().next();
            seen.remove(eldest.getKey());
            unband(eldest.getKey(), eldest.getValue().simhash());
        }
    }

    private void unband(String docId, long h) {
        for (int b = 0; b < BANDS; b++) {
            List<String> ids = bands.get(b).get(band(h, b));
            if (ids != null) {
                ids.remove(docId);
                if (ids.isEmpty()) {
                    bands.get(b).remove(band(h, b));
                }
            }
        }
    }

    private static int band(long hash, int b) {
        return (int) ((hash >>> (16 * b)) & 0xffff);
    }
}
