package dev.glanceshare.image.model;

import java.time.Instant;
import org.immutables.value.Value;

/** A project on an image's member list, with its answer to the share. */
@Value.Immutable
public abstract class Member {

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the image's ID */
    public abstract String imageId();

    /** @return the member project's ID */
    public abstract String memberId();

    /** @return the member's answer */
    public abstract MemberStatus status();

    /** @return when the member was added */
    public abstract Instant createdAt();

    /** @return when the member or its status last changed */
    public abstract Instant updatedAt();

    /** Builds a {@link Member}. */
    public static final class Builder extends ImmutableMember.Builder {
        Builder() {}
    }
}
