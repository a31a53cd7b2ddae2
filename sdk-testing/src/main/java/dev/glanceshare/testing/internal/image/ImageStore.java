package dev.glanceshare.testing.internal.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Glance's state: images (with their members, tags and data) in creation order. Every read or change runs
 * inside {@link #locked}, which makes each API call atomic.
 */
public final class ImageStore {
    private final Object lock = new Object();
    private final Map<String, ImageRecord> images = new LinkedHashMap<>();
    private final java.util.Set<String> importing = new java.util.HashSet<>();
    private final ImageCache cache = new ImageCache();
    private java.util.function.Supplier<java.time.Instant> clock = java.time.Instant::now;

    /**
     * Sets the clock that stamps finished imports (the fake's clock).
     *
     * @param now the clock
     */
    public void clock(java.util.function.Supplier<java.time.Instant> now) {
        this.clock = now;
    }

    /** @return the image cache state (use inside {@link #locked}) */
    ImageCache cache() {
        return cache;
    }

    // An import runs "in the background": it ends the first time anyone looks after it is due.
    private void settle(ImageRecord r) {
        if (r.importDueNanos != 0 && System.nanoTime() - r.importDueNanos >= 0) {
            Imports.finish(r, clock.get());
            importing.remove(r.id);
        }
    }

    private void settleAll() {
        if (!importing.isEmpty()) {
            for (String id : java.util.List.copyOf(importing)) {
                ImageRecord r = images.get(id);
                if (r == null) {
                    importing.remove(id);
                } else {
                    settle(r);
                }
            }
        }
    }

    /**
     * Runs an operation under the store lock.
     *
     * @param op the operation
     * @param <T> its result type
     * @return its result
     */
    public <T> T locked(Supplier<T> op) {
        synchronized (lock) {
            return op.get();
        }
    }

    /**
     * Looks an image up (call inside {@link #locked}).
     *
     * @param id the image ID
     * @return a copy of the image, or empty
     */
    public Optional<ImageRecord> get(String id) {
        ImageRecord r = images.get(id);
        if (r != null) {
            settle(r);
        }
        return r == null ? Optional.empty() : Optional.of(r.copy());
    }

    /**
     * Stores an image, replacing any with the same ID (call inside {@link #locked}).
     *
     * @param image the new state; the store keeps this object
     */
    public void put(ImageRecord image) {
        images.put(image.id, image);
        if (image.importDueNanos != 0) {
            importing.add(image.id);
        }
    }

    /**
     * Removes an image with its members (call inside {@link #locked}).
     *
     * @param id the image ID
     */
    public void remove(String id) {
        images.remove(id);
        importing.remove(id);
        cache.forget(id);
    }

    /**
     * The live records, for a read-only scan inside {@link #locked} that copies only what it keeps: a listing
     * of a page must not copy every image in the store.
     *
     * @return the records themselves, creation order; never modify them or keep them past the lock
     */
    public java.util.Collection<ImageRecord> view() {
        settleAll();
        return java.util.Collections.unmodifiableCollection(images.values());
    }

    /**
     * Lists every image (call inside {@link #locked}).
     *
     * @return copies, creation order
     */
    public List<ImageRecord> all() {
        settleAll();
        List<ImageRecord> out = new ArrayList<>();
        images.values().forEach(r -> out.add(r.copy()));
        return out;
    }
}
