package dev.glanceshare.image;

import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.image.model.Visibility;

/**
 * Glance refused a member call (its bare {@code 403 Not allowed to create members}) because the image
 * is not {@code shared}. The message says the image's visibility and how to fix it.
 */
public class ImageNotSharedException extends ForbiddenException {
    private static final long serialVersionUID = 1L;

    /** The image's visibility, read after Glance refused. */
    private final Visibility visibility;
    /** How to fix it, for the message. */
    private final String hint;

    /**
     * @param cause Glance's refusal
     * @param visibility the image's visibility, read after the refusal
     */
    public ImageNotSharedException(ForbiddenException cause, Visibility visibility) {
        super(cause.error(), cause);
        this.visibility = visibility;
        this.hint = "The image's visibility is " + visibility.wireName() + ", and only shared images have members. "
                + (visibility == Visibility.PRIVATE
                        ? "Make it shared first: images().makeShared(id), or add(project, MemberAddOptions.strict().makeShared())."
                        : "Changing a " + visibility.wireName() + " image to shared would take it away from everyone "
                                + "who uses it now; if that is intended, call images().update(id, "
                                + "ImageUpdate.builder().visibility(Visibility.SHARED).build()).");
    }

    /** @return the image's visibility */
    public Visibility visibility() {
        return visibility;
    }

    /** @return Glance's message followed by the reason and the fix */
    @Override
    public String getMessage() {
        String glance = super.getMessage();
        return glance + (glance.endsWith(".") ? " " : ". ") + hint;
    }
}
