package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.OpenStackException;
import java.util.Objects;
import java.util.Optional;

/**
 * The result for one (image, project) pair of a bulk run. Immutable.
 *
 * <p>{@link #reason()} explains {@link Outcome#NOT_ATTEMPTED} and {@link Outcome#FAILED}; {@link #error()}
 * holds the typed exception of a failure, or of the precondition that stopped a pair from being tried.
 */
public final class ItemResult {
    private final String imageId;
    private final String projectId;
    private final Outcome outcome;
    private final String reason;
    private final OpenStackException error;
    private final int attempts;

    ItemResult(String imageId, String projectId, Outcome outcome, String reason, OpenStackException error,
            int attempts) {
        this.imageId = Objects.requireNonNull(imageId, "imageId");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reason = reason;
        this.error = error;
        this.attempts = attempts;
    }

    /** @return the image ID */
    public String imageId() {
        return imageId;
    }

    /** @return the member project ID */
    public String projectId() {
        return projectId;
    }

    /** @return what happened */
    public Outcome outcome() {
        return outcome;
    }

    /** @return why it was not attempted or failed; empty otherwise */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** @return the typed exception of a failure or failed precondition; empty otherwise */
    public Optional<OpenStackException> error() {
        return Optional.ofNullable(error);
    }

    /**
     * @return how many member requests this pair sent (0 when the check settled it, more than 1 after
     *     safe retries)
     */
    public int attempts() {
        return attempts;
    }

    /** @return whether the pair ended in the wanted state (anything but not attempted or failed) */
    public boolean isDone() {
        return outcome != Outcome.NOT_ATTEMPTED && outcome != Outcome.FAILED;
    }

    @Override
    public String toString() {
        return imageId + " " + projectId + " " + outcome + (reason == null ? "" : " (" + reason + ")");
    }
}
