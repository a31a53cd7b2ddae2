package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.Visibility;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One image of a {@linkplain BulkSharing#audit() sharing audit}: the image, its visibility and, when it
 * is {@code shared}, its members with their status. Immutable.
 */
public final class ImageSharing {
    private final Image image;
    private final List<Member> members;
    private final OpenStackException error;

    ImageSharing(Image image, List<Member> members, OpenStackException error) {
        this.image = Objects.requireNonNull(image, "image");
        this.members = List.copyOf(members);
        this.error = error;
    }

    /** @return the image as listed */
    public Image image() {
        return image;
    }

    /** @return the image ID */
    public String imageId() {
        return image.id();
    }

    /** @return the image's visibility; only {@code shared} images have members */
    public Visibility visibility() {
        return image.visibility();
    }

    /** @return the members and their status; empty for an image that is not shared or whose list failed */
    public List<Member> members() {
        return members;
    }

    /** @return why the member list could not be read; empty when it was (or was not needed) */
    public Optional<OpenStackException> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return image.id() + " " + image.visibility() + " " + members.size() + " members"
                + (error == null ? "" : " (error: " + error.getMessage() + ")");
    }
}
