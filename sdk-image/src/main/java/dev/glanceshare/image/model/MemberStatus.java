package dev.glanceshare.image.model;

/**
 * A member's answer to a share. Only the member project sets it (or an administrator). Only
 * {@link #ACCEPTED} images appear in the member's default image list; Glance compares these values
 * case-sensitively, and so does the SDK.
 */
public enum MemberStatus {
    /** Shared but not yet answered: the default after the owner adds a member. */
    PENDING,
    /** The member accepted: the image shows in its image list. */
    ACCEPTED,
    /** The member declined: the image stays out of its image list (GET by ID still works). */
    REJECTED,
    /** A value this SDK version does not know. */
    UNKNOWN;

    /** @return the wire value, such as {@code accepted} */
    public String wireName() {
        return WireEnum.wireName(this);
    }

    /**
     * @param wire the wire value
     * @return the constant, or {@link #UNKNOWN}
     */
    public static MemberStatus fromWire(String wire) {
        return WireEnum.parse(MemberStatus.class, wire, UNKNOWN);
    }
}
