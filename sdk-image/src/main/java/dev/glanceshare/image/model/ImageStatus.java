package dev.glanceshare.image.model;

/** An image's life-cycle state, as Glance reports it. */
public enum ImageStatus {
    /** Created; no data uploaded yet. */
    QUEUED,
    /** Data is being uploaded. */
    SAVING,
    /** Data staged by the interoperable import workflow. */
    UPLOADING,
    /** Being imported. */
    IMPORTING,
    /** Ready to use. */
    ACTIVE,
    /** Deactivated by an administrator. */
    DEACTIVATED,
    /** The upload failed. */
    KILLED,
    /** Deleted. */
    DELETED,
    /** Deleted, with data removal pending. */
    PENDING_DELETE,
    /** A value this SDK version does not know. */
    UNKNOWN;

    /** @return the wire value, such as {@code active} */
    public String wireName() {
        return WireEnum.wireName(this);
    }

    /**
     * @param wire the wire value
     * @return the constant, or {@link #UNKNOWN}
     */
    public static ImageStatus fromWire(String wire) {
        return WireEnum.parse(ImageStatus.class, wire, UNKNOWN);
    }
}
