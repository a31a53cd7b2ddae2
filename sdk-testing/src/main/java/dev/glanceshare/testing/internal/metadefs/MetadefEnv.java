package dev.glanceshare.testing.internal.metadefs;

import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;
import dev.glanceshare.testing.internal.image.Caller;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What every metadata definition controller needs, and the rules they share.
 *
 * @param catalogs gives the catalogue (the same one every time)
 * @param clock the fake clock
 * @param root the Glance root URL, for {@code Location}
 */
record MetadefEnv(java.util.function.Supplier<MetadefCatalog> catalogs, FakeClock clock, String root) {
    MetadefCatalog catalog() {
        return catalogs.get();
    }

    /** Glance's {@code limit_param_default}. */
    static final int DEFAULT_LIMIT = 25;
    /** Glance's {@code api_limit_max}. */
    static final int MAX_LIMIT = 1000;

    Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The legacy metadef policy: {@code metadef_admin} is {@code role:admin}.
     *
     * @param c the caller
     * @param action the policy rule
     * @throws WebobError 403 for a non-admin
     */
    void requireAdmin(Caller c, String action) {
        if (!c.admin()) {
            throw WebobError.of(403, "You are not authorized to complete " + action + " action.");
        }
    }

    /**
     * Glance's metadef {@code limit}: the default when absent, capped, then checked. A non-integer fails in
     * {@code int()} before any check, which real Glance answers with a 500.
     *
     * @param raw the parameter, or null
     * @return the limit
     */
    static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw WebobError.of(500);
        }
        if (value < 0) {
            throw WebobError.of(400, "limit param must be positive");
        }
        return (int) Math.min(MAX_LIMIT, value);
    }

    /**
     * The database order: the sort key, then creation time, then insertion order.
     *
     * @param sortKey the requested key
     * @param name the entry's name
     * @param created its creation time
     * @param updated its update time
     * @param position its insertion position
     * @param <T> the entry type
     * @return the ascending order
     */
    static <T> Comparator<T> order(String sortKey, Function<T, String> name, Function<T, Instant> created,
            Function<T, Instant> updated, ToIntFunction<T> position) {
        Comparator<T> byCreated = Comparator.comparing(created, Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<T> first = switch (sortKey) {
            case "namespace", "name" -> Comparator.comparing(name);
            case "updated_at" -> Comparator.comparing(updated, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> byCreated;
        };
        return first.thenComparing(byCreated).thenComparingInt(position);
    }

    /**
     * Puts a resource type's prefix before every property name, as {@code ?resource_type=} asks.
     *
     * @param body a rendered namespace
     * @param prefix the prefix
     */
    @SuppressWarnings("unchecked")
    static void prefix(Map<String, Object> body, String prefix) {
        Object props = body.get("properties");
        if (props instanceof Map<?, ?> m) {
            body.put("properties", prefixed((Map<String, Object>) m, prefix));
        }
        Object objects = body.get("objects");
        if (objects instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> obj = (Map<String, Object>) o;
                obj.put("properties", prefixed((Map<String, Object>) obj.get("properties"), prefix));
                List<String> required = new ArrayList<>();
                ((List<String>) obj.get("required")).forEach(n -> required.add(prefix + n));
                obj.put("required", required);
            }
        }
    }

    private static Map<String, Object> prefixed(Map<String, Object> m, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    /** @return Glance's empty 204: an HTML content type and an explicit zero length */
    static HttpResponse noContent() {
        return HttpResponse.status(204).header("Content-Type", "text/html; charset=UTF-8")
                .header("Content-Length", "0");
    }
}
