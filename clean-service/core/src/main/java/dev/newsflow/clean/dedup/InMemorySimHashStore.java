package dev.newsflow.clean.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bounded in-process store: four 16-bit bands index the hashes, so every hash within 3 bits shares a band with the
 * query (pigeonhole); the oldest documents are forgotten beyond {@code capacity}.
 */
public final class InMemorySimHashStore implements SimHashStore {
    private static final int BANDS = 4;
    private final int capacity;
    private final Map<String, Long> hashes = new HashMap<>();
    private final Deque<String> order = new ArrayDeque<>();
    private final List<Map<Integer, List<String>>> bands = new ArrayList<>();

    public InMemorySimHashStore(int capacity) {
        this.capacity = capacity;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    @Override
    public synchronized Optional<String> findNear(String docId, long simhash, int maxDistance) {
        for (int b = 0; b < BANDS; b++) {
            List<String> ids = bands.get(b).get(band(simhash, b));
            if (ids == null) {
                continue;
            }
            for (String id : ids) {
                Long other = hashes.get(id);
                if (other != null && !id.equals(docId) && SimHash.distance(simhash, other) <= maxDistance) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void put(String docId, long simhash) {
        if (hashes.containsKey(docId)) {
            forget(docId);
        }
        hashes.put(docId, simhash);
        order.addLast(docId);
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(band(simhash, b), k -> new ArrayList<>()).add(docId);
        }
        while (hashes.size() > capacity) {
            forget(order.peekFirst());
        }
    }

    private void forget(String docId) {
        Long h = hashes.remove(docId);
        order.remove(docId);
        if (h == null) {
            return;
        }
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
