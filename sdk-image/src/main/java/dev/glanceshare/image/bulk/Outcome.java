package dev.glanceshare.image.bulk;

/** What happened to one (image, project) pair of a bulk run. */
public enum Outcome {
    /** The project is now a member because this run added it. */
    ADDED,
    /** The project already was a member; nothing was changed (no request when the check showed it). */
    ALREADY_MEMBER,
    /** The project was a member and this run removed it. */
    REMOVED,
    /** The project was not a member (of a removal), or the caller is not a member (of an accept or reject). */
    NOT_A_MEMBER,
    /** The caller's membership is now accepted. */
    ACCEPTED,
    /** The caller's membership is now rejected. */
    REJECTED,
    /**
     * No request changed this pair: a precondition failed, the member quota leaves no room, an earlier
     * 413 or 403 stopped the image, or the run was cancelled or stopped. The state is as before; a re-run
     * will try it again.
     */
    NOT_ATTEMPTED,
    /** The operation failed; {@link ItemResult#error()} holds the typed exception. */
    FAILED
}
