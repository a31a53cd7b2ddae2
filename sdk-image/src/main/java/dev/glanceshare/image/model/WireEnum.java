package dev.glanceshare.image.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Shared lookup for the enums that mirror Glance's lower-case wire values. */
final class WireEnum {
    private WireEnum() {}

    static <E extends Enum<E>> E parse(Class<E> type, String wire, E unknown) {
        if (wire == null) {
            return unknown;
        }
        Enum<?> e = BY_WIRE_NAME.get(type).get(wire);
        return e == null || e == unknown ? unknown : type.cast(e);
    }

    static String wireName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Each enum's constants by wire name, made once per enum class: parsing runs for every field of every model
     * read, and lower-casing each constant's name there cost a string per constant per call.
     */
    private static final ClassValue<Map<String, Enum<?>>> BY_WIRE_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                map.put(wireName((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(map);
        }
    };
}
