package dev.glanceshare.image.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What {@code POST /v2/images} creates: an image record with no data yet (status {@code queued}).
 * Upload its data afterwards. Unset fields take Glance's defaults (visibility {@code shared}).
 */
@Value.Immutable
public abstract class ImageCreate {

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the name */
    public abstract Optional<String> name();

    /** @return a chosen UUID instead of Glance's */
    public abstract Optional<String> id();

    /** @return the visibility; Glance's default is {@code shared} */
    public abstract Optional<Visibility> visibility();

    /** @return the disk format, such as {@code raw} */
    public abstract Optional<String> diskFormat();

    /** @return the container format, such as {@code bare} */
    public abstract Optional<String> containerFormat();

    /** @return the minimum disk in GB */
    public abstract OptionalLong minDisk();

    /** @return the minimum RAM in MB */
    public abstract OptionalLong minRam();

    /** @return whether it is protected from deletion */
    public abstract Optional<Boolean> isProtected();

    /** @return its tags */
    public abstract List<String> tags();

    /** @return custom properties */
    public abstract Map<String, String> properties();

    @Value.Check
    void check() {
        if (visibility().filter(v -> v == Visibility.UNKNOWN).isPresent()) {
            throw new IllegalArgumentException("visibility UNKNOWN cannot be sent; choose a real value");
        }
        properties().keySet().forEach(k -> {
            if (ImageFields.STANDARD.contains(k)) {
                throw new IllegalArgumentException("'" + k + "' is a standard image field; use its own builder method");
            }
        });
    }

    /** Builds an {@link ImageCreate}. */
    public static final class Builder extends ImmutableImageCreate.Builder {
        Builder() {}
    }
}
