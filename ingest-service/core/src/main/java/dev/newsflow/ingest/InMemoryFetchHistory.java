package dev.newsflow.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded, least-recently-used {@link FetchHistory} in this process's memory: each replica of the service
 * remembers only the documents it fetched itself, and forgets them on restart.
 */
public final class InMemoryFetchHistory implements FetchHistory {

    private final Map<String, Entry> entries;

    /** With the default {@link FetchPolicy#historySize()}. */
    public InMemoryFetchHistory() {
        this(FetchPolicy.defaults().historySize());
    }

    public InMemoryFetchHistory(int capacity) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized Optional<Entry> get(String docId) {
        return Optional.ofNullable(entries.get(docId));
    }

    @Override
    public synchronized void put(String docId, Entry entry) {
        entries.put(docId, entry);
    }

    @Override
    public synchronized void remove(String docId) {
        entries.remove(docId);
    }

    public synchronized int size() {
        return entries.size();
    }
}
