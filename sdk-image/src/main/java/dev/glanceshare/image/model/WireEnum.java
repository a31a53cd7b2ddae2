package dev.glanceshare.image.model;

import java.util.Locale;

/** Shared lookup for the enums that mirror Glance's lower-case wire values. */
final class WireEnum {
    private WireEnum() {}

    static <E extends Enum<E>> E parse(Class<E> type, String wire, E unknown) {
        if (wire == null) {
            return unknown;
        }
        for (E e : type.getEnumConstants()) {
            if (e != unknown && e.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return e;
            }
        }
        return unknown;
    }

    static String wireName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
