package dev.glanceshare.testing.internal.http;

import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.RequestJournal;
import dev.glanceshare.testing.Service;
import java.util.ArrayDeque;
import java.util.List;

/** The bounded request journal: the newest {@code capacity} requests. Thread-safe. */
public final class JournalLog implements RequestJournal {
    private final int capacity;
    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>(); // guarded by this

    /**
     * Creates an empty journal.
     *
     * @param capacity the most entries kept; older ones are dropped; 0 keeps none
     */
    public JournalLog(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Records one request.
     *
     * @param request the entry
     */
    public synchronized void add(RecordedRequest request) {
        if (capacity <= 0) {
            return;
        }
        while (entries.size() >= capacity) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    @Override
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized List<RecordedRequest> requests(Service service) {
        return entries.stream().filter(r -> r.service() == service).toList();
    }

    @Override
    public synchronized int size() {
        return entries.size();
    }

    @Override
    public synchronized void clear() {
        entries.clear();
    }
}
