package dev.glanceshare.image.model;

/** The {@code visibility} filter of an image list; {@link #ALL} lists every image the caller may see. */
public enum VisibilityFilter {
    /** Public images. */
    PUBLIC,
    /** The caller's private images. */
    PRIVATE,
    /** Shared images: the caller's own and those shared with it. */
    SHARED,
    /** Community images. */
    COMMUNITY,
    /** Everything the caller may see (the CLI's {@code --all}); for an admin, every image. */
    ALL;

    /** @return the wire value */
    public String wireName() {
        return WireEnum.wireName(this);
    }
}
