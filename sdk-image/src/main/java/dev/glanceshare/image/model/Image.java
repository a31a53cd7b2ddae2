package dev.glanceshare.image.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A Glance v2 image: every standard field, plus the custom properties the owner set (kept as strings, as
 * Glance stores them). Fields Glance may leave null or omit are {@code Optional}.
 */
@Value.Immutable
public abstract class Image {

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the image ID, a UUID */
    public abstract String id();

    /** @return the name; Glance allows images without one */
    public abstract Optional<String> name();

    /** @return the life-cycle state */
    public abstract ImageStatus status();

    /** @return who can see the image */
    public abstract Visibility visibility();

    /** @return whether the image is protected from deletion */
    @Value.Default
    public boolean isProtected() {
        return false;
    }

    /** @return whether the image is hidden from default lists ({@code os_hidden}) */
    @Value.Default
    public boolean isHidden() {
        return false;
    }

    /** @return the owning project's ID */
    public abstract Optional<String> owner();

    /** @return the MD5 checksum of the data, once uploaded */
    public abstract Optional<String> checksum();

    /** @return the algorithm of {@link #hashValue()}, such as {@code sha512} */
    public abstract Optional<String> hashAlgorithm();

    /** @return the secure hash of the data ({@code os_hash_value}) */
    public abstract Optional<String> hashValue();

    /** @return the data size in bytes, once uploaded */
    public abstract OptionalLong size();

    /** @return the virtual disk size in bytes, when known */
    public abstract OptionalLong virtualSize();

    /** @return the minimum disk in GB to boot it */
    @Value.Default
    public long minDisk() {
        return 0;
    }

    /** @return the minimum RAM in MB to boot it */
    @Value.Default
    public long minRam() {
        return 0;
    }

    /** @return the disk format, such as {@code qcow2} or {@code raw} */
    public abstract Optional<String> diskFormat();

    /** @return the container format, such as {@code bare} */
    public abstract Optional<String> containerFormat();

    /** @return when it was created */
    public abstract Instant createdAt();

    /** @return when it last changed */
    public abstract Instant updatedAt();

    /** @return its tags; Glance stores them as a set, so their order means nothing and may change between calls */
    public abstract List<String> tags();

    /** @return the custom properties (every field that is not a standard one), as strings */
    public abstract Map<String, String> properties();

    /** Builds an {@link Image}. */
    public static final class Builder extends ImmutableImage.Builder {
        Builder() {}
    }
}
