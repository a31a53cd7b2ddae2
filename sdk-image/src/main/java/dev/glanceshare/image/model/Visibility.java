package dev.glanceshare.image.model;

/**
 * Who can see an image. Only {@link #SHARED} images have members; Glance answers member calls on the
 * others with 403. A new image is {@code shared} by default since Glance v2.5.
 */
public enum Visibility {
    /** Everyone. Only administrators may make an image public. */
    PUBLIC,
    /** Only the owner. */
    PRIVATE,
    /** The owner and the projects on its member list. */
    SHARED,
    /** Everyone may boot it, but it is not in their default image list. */
    COMMUNITY,
    /** A value this SDK version does not know. */
    UNKNOWN;

    /** @return the wire value, such as {@code shared} */
    public String wireName() {
        return WireEnum.wireName(this);
    }

    /**
     * @param wire the wire value
     * @return the constant, or {@link #UNKNOWN} for a value this SDK does not know
     */
    public static Visibility fromWire(String wire) {
        return WireEnum.parse(Visibility.class, wire, UNKNOWN);
    }
}
