package dev.glanceshare.identity;

import dev.glanceshare.core.exception.ForbiddenException;
import java.util.List;

/**
 * Keystone refused to say which project a name belongs to. The project may well exist: Keystone's
 * default policy lets only administrators and domain or system readers list projects, and an ordinary
 * project member (the usual image owner) can look up only the projects it belongs to. So this is not
 * "not found", and the SDK never guesses by using the name as an ID.
 *
 * <p>{@link #status()}, {@link #uri()}, {@link #requestId()} and {@link #serverMessage()} are those of
 * Keystone's refusal. The message says which requests were tried and what to do instead.
 */
public class ProjectLookupRefusedException extends ForbiddenException {
    private static final long serialVersionUID = 1L;

    /** The ways out, in the order a user can take them. */
    static final String WAYS_OUT = "To share with it, pass the project's ID instead (its members can read it with "
            + "`openstack token issue` or `openstack project show <name>`).";

    private final String name;
    private final List<String> tried;

    /**
     * @param refusal Keystone's 403 to the lookup (the last one, when several were refused)
     * @param name the project name that was looked up
     * @param tried each request tried and how it ended, such as
     *     {@code GET /v3/projects?name=demo: refused (403)}
     */
    public ProjectLookupRefusedException(ForbiddenException refusal, String name, List<String> tried) {
        super(refusal.error());
        initCause(refusal);
        this.name = name;
        this.tried = List.copyOf(tried);
    }

    /** @return the project name that was looked up */
    public String projectName() {
        return name;
    }

    /** @return each request tried and how it ended, in order */
    public List<String> tried() {
        return tried;
    }

    /** @return what was refused, what was tried, and what to configure */
    @Override
    public String getMessage() {
        return "Keystone refused to look up project '" + name + "', so the SDK cannot tell which project it is "
                + "(it never uses a name as an ID). Tried: " + String.join("; ", tried) + ". Keystone said: "
                + super.getMessage() + ". " + WAYS_OUT;
    }
}
