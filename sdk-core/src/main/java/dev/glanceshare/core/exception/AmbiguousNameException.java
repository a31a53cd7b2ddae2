package dev.glanceshare.core.exception;

import java.util.List;

/** A name matched more than one resource. The message and {@link #candidates()} list every match. */
public class AmbiguousNameException extends OpenStackException {
    private static final long serialVersionUID = 1L;

    /** The name that was looked up. */
    private final String name;
    /** One line per matching resource. */
    private final List<String> candidates;

    /**
     * Creates the exception.
     *
     * @param kind the kind of resource, such as {@code image}
     * @param name the name that was looked up
     * @param candidates one line per match, such as {@code id owner created_at status}
     */
    public AmbiguousNameException(String kind, String name, List<String> candidates) {
        super("More than one " + kind + " is named '" + name + "'; use an ID. Candidates:\n  "
                + String.join("\n  ", candidates));
        this.name = name;
        this.candidates = List.copyOf(candidates);
    }

    /** @return the name that was looked up */
    public String name() {
        return name;
    }

    /** @return one line per matching resource */
    public List<String> candidates() {
        return candidates;
    }
}
