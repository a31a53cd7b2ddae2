package dev.glanceshare.core;

import java.util.Locale;

/** Which of a service's catalog endpoints to use. {@link #PUBLIC} is the default everywhere. */
public enum EndpointInterface {
    /** The endpoint for users outside the cloud. */
    PUBLIC,
    /** The endpoint inside the cloud's network. */
    INTERNAL,
    /** The administrative endpoint. */
    ADMIN;

    /** @return the name used in the catalog and in {@code OS_INTERFACE}: {@code public}, {@code internal} or {@code admin} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code public}, {@code internal} or {@code admin}, also with the old {@code URL} suffix
     * ({@code publicURL}) that openrc files still carry.
     *
     * @param text the name
     * @return the interface
     * @throws IllegalArgumentException for anything else
     */
    public static EndpointInterface parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("url")) {
            t = t.substring(0, t.length() - 3);
        }
        for (EndpointInterface i : values()) {
            if (i.wireName().equals(t)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown endpoint interface '" + text + "': use public, internal or admin");
    }
}
