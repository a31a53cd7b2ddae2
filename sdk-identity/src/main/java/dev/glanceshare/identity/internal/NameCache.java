package dev.glanceshare.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved project names and their IDs, each kept until it expires, at most {@code maxNames} of them
 * (the least recently used goes first). Only answers are kept: a refusal or a name not found is asked
 * again next time. Thread-safe.
 */
final class NameCache {
    private final Duration expiry;
    private final int maxNames;
    private final Clock clock;
    private final Map<String, Resolved> entries;

    // not "Entry": inside the LinkedHashMap subclass below that name is LinkedHashMap's own (javac 25 says so)
    private record Resolved(String id, Instant expiresAt) {}

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
            protected boolean removeEldestEntry(Map.Entry<String, Resolved> eldest) {
                return size() > maxNames;
            }
        };
    }

    boolean isOff() {
        return expiry.isZero() || maxNames == 0;
    }

    /** @return the ID; empty when the name is not kept or has expired */
    synchronized Optional<String> get(String name) {
        Resolved r = entries.get(name);
        if (r == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(r.expiresAt())) {
            entries.remove(name);
            return Optional.empty();
        }
        return Optional.of(r.id());
    }

    synchronized void put(String name, String id) {
        if (!isOff()) {
            entries.put(name, new Resolved(id, clock.instant().plus(expiry)));
        }
    }

    @Override
    public String toString() {
        return isOff() ? "off" : maxNames + " names for " + expiry;
    }
}
