package dev.glanceshare.image;

import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.image.model.Visibility;

/**
 * {@link ImageService#makeShared} refused to change a public or community image: that would take it away
 * from everyone who uses it now. Change the visibility explicitly with {@link ImageService#update} if
 * that is what you want.
 */
public class ImageNotShareableException extends OpenStackException {
    private static final long serialVersionUID = 1L;

    /** The image's visibility, which sharing would have changed. */
    private final Visibility visibility;

    /**
     * @param imageId the image
     * @param visibility its visibility
     */
    public ImageNotShareableException(String imageId, Visibility visibility) {
        super("Image " + imageId + " is " + visibility.wireName() + "; the SDK will not make it shared on its own, "
                + "because that would take it away from everyone who uses it now. If that is intended, call "
                + "images().update(id, ImageUpdate.builder().visibility(Visibility.SHARED).build()).");
        this.visibility = visibility;
    }

    /** @return the image's visibility */
    public Visibility visibility() {
        return visibility;
    }
}
