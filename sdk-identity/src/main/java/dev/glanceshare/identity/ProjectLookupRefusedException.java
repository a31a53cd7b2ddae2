package dev.glanceshare.identity;

import dev.glanceshare.core.exception.ForbiddenException;
import java.util.List;

/**
 * Keystone refused to say which project a name belongs to. The project may well exist: Keystone's
 * default policy lets only administrators and domain readers list projects, and an ordinary project
 * member (the usual image owner) can look up only the projects it belongs to. So this is not "not found",
 * and the SDK never guesses by using the name as an ID.
 *
 * <p>{@link #status()}, {@link #uri()}, {@link #requestId()} and {@link #serverMessage()} are those of
 * Keystone's refusal. The message says which requests were tried and what to do instead: pass the
 * project's ID, configure a lookup credential ({@link KeystoneSession.Builder#projectLookup}), or
 * configure a directory ({@link KeystoneSession.Builder#projectDirectory}).
 */
public class ProjectLookupRefusedException extends ForbiddenException {
    private static final long serialVersionUID = 1L;

    /** The project name that was looked up. */
    private final String name;
    /** Each request tried and how it ended. */
    private final List<String> tried;
    /** What to do instead. */
    private final String advice;

    /**
     * @param refusal Keystone's 403 to the lookup (the last one, when several were refused)
     * @param name the project name that was looked up
     * @param tried each request tried and how it ended, such as
     *     {@code GET /v3/projects?name=demo: refused (403)}
     * @param advice what to do instead
     */
    public ProjectLookupRefusedException(ForbiddenException refusal, String name, List<String> tried, String advice) {
        super(refusal.error(), refusal);
        this.name = name;
        this.tried = List.copyOf(tried);
        this.advice = advice;
    }

    /** @return the project name that was looked up */
    public String projectName() {
        return name;
    }

    /** @return each request tried and how it ended, in order */
    public List<String> tried() {
        return tried;
    }

    /** @return what to do instead: pass the ID, or configure a lookup credential or a directory */
    public String advice() {
        return advice;
    }

    /** @return what was refused, what was tried, and what to configure */
    @Override
    public String getMessage() {
        String keystone = super.getMessage();
        return "Keystone refused to look up project '" + name + "', so the SDK cannot tell which project it is "
                + "(it never uses a name as an ID). Tried: " + String.join("; ", tried) + ". Keystone said: "
                + keystone + (keystone.endsWith(".") ? " " : ". ") + advice;
    }
}
