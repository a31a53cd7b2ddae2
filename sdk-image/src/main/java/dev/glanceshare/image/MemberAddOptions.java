package dev.glanceshare.image;

/**
 * How {@link MemberService#add(String, MemberAddOptions)} treats what would otherwise fail. The default
 * calls stay strict; each option is an explicit choice.
 */
public final class MemberAddOptions {
    private final boolean ignoreExisting;
    private final boolean makeShared;

    private MemberAddOptions(boolean ignoreExisting, boolean makeShared) {
        this.ignoreExisting = ignoreExisting;
        this.makeShared = makeShared;
    }

    /** @return strict: a duplicate is a conflict, a private image a refusal */
    public static MemberAddOptions strict() {
        return new MemberAddOptions(false, false);
    }

    /** @return a copy in which an existing member is returned (one more request) instead of a 409 */
    public MemberAddOptions ignoreExisting() {
        return new MemberAddOptions(true, makeShared);
    }

    /**
     * @return a copy that makes a private image shared when Glance refuses the add, then adds again.
     *     Public and community images are never changed.
     */
    public MemberAddOptions makeShared() {
        return new MemberAddOptions(ignoreExisting, true);
    }

    /** @return whether an existing member is accepted */
    public boolean isIgnoreExisting() {
        return ignoreExisting;
    }

    /** @return whether a private image is made shared */
    public boolean isMakeShared() {
        return makeShared;
    }

    @Override
    public String toString() {
        return "MemberAddOptions[ignoreExisting=" + ignoreExisting + ", makeShared=" + makeShared + "]";
    }
}
