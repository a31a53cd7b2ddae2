package dev.glanceshare.image.model;

/**
 * The {@code member_status} filter of an image list. Without it Glance shows a member only the shares it
 * {@link #ACCEPTED}; {@link #ALL} shows pending and rejected ones too.
 */
public enum MemberStatusFilter {
    /** Shares not yet answered. */
    PENDING,
    /** Accepted shares (Glance's default). */
    ACCEPTED,
    /** Rejected shares. */
    REJECTED,
    /** Every share, whatever its status. */
    ALL;

    /** @return the wire value */
    public String wireName() {
        return WireEnum.wireName(this);
    }

    /**
     * @param status a member status
     * @return the filter for it
     */
    public static MemberStatusFilter of(MemberStatus status) {
        switch (status) {
            case PENDING: return PENDING;
            case ACCEPTED: return ACCEPTED;
            case REJECTED: return REJECTED;
            default: throw new IllegalArgumentException("Cannot filter by member status " + status);
        }
    }
}
