package dev.glanceshare.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolved project names and their IDs, each kept until it expires, at most {@code maxNames} of them
 * (the least recently used goes first). Only answers are kept: a refusal or a name not found is asked
 * again next time. Thread-safe.
 */
final class NameCache {
    private final Duration expiry;
    private final int maxNames;
    private final Clock clock;
    private final Map<String, Entry> entries;

    private record Entry(String id, Instant expiresAt) {}

    /**
     * @param expiry how long a name is kept; zero keeps none
     * @param maxNames how many names at most; zero keeps none
     * @param clock the time source
     */
    NameCache(Duration expiry, int maxNames, Clock clock) {
        this.expiry = expiry;
        this.maxNames = maxNames;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxNames;
            }
        };
    }

    boolean isOff() {
        return expiry.isZero() || maxNames == 0;
    }

    /** @return the ID, or {@code null} when the name is not kept or has expired */
    synchronized String get(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            return null;
        }
        if (!clock.instant().isBefore(e.expiresAt())) {
            entries.remove(name);
            return null;
        }
        return e.id();
    }

    synchronized void put(String name, String id) {
        if (!isOff()) {
            entries.put(name, new Entry(id, clock.instant().plus(expiry)));
        }
    }

    @Override
    public String toString() {
        return isOff() ? "off" : maxNames + " names for " + expiry;
    }
}
