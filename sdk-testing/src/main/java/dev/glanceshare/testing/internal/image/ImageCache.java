package dev.glanceshare.testing.internal.image;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glance's local image cache, as its cache API shows it: images queued for caching, and cached images.
 * Real Glance hands a queued image to a background worker at once; here a queued image is cached
 * {@link #PREFETCH_NANOS} after it was queued, when the cache is next looked at. Guarded by the store lock.
 */
final class ImageCache {
    /** How long an image stays queued before it counts as cached. */
    static final long PREFETCH_NANOS = 1_000_000_000L;

    private final Map<String, Long> queued = new LinkedHashMap<>(); // image ID to System.nanoTime() when queued
    private final Map<String, Map<String, Object>> cached = new LinkedHashMap<>();

    void queue(String imageId) {
        if (!cached.containsKey(imageId)) {
            queued.putIfAbsent(imageId, System.nanoTime());
        }
    }

    /**
     * Moves due images from the queue into the cache.
     *
     * @param sizes the data size of an image, or null when it no longer has data
     * @param now wall-clock time, for {@code last_accessed} and {@code last_modified}
     */
    void prefetch(java.util.function.Function<String, Long> sizes, Instant now) {
        long nanos = System.nanoTime();
        for (String id : List.copyOf(queued.keySet())) {
            if (nanos - queued.get(id) >= PREFETCH_NANOS) {
                queued.remove(id);
                Long size = sizes.apply(id);
                if (size != null) {
                    BigDecimal seconds = BigDecimal.valueOf(now.getEpochSecond())
                            .add(BigDecimal.valueOf(now.getNano(), 9)).setScale(6, RoundingMode.DOWN);
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("image_id", id);
                    entry.put("hits", 0);
                    entry.put("last_accessed", seconds);
                    entry.put("last_modified", seconds);
                    entry.put("size", size);
                    cached.put(id, entry);
                }
            }
        }
    }

    /** @return {@code {"cached_images": [...], "queued_images": [...]}} */
    Map<String, Object> state() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("cached_images", new ArrayList<>(cached.values()));
        v.put("queued_images", new ArrayList<>(queued.keySet()));
        return v;
    }

    void forget(String imageId) {
        queued.remove(imageId);
        cached.remove(imageId);
    }

    void clear(boolean cache, boolean queue) {
        if (cache) {
            cached.clear();
        }
        if (queue) {
            queued.clear();
        }
    }
}
