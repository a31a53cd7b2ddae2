package dev.glanceshare.core.exception;

/**
 * A library that the SDK shares with the application (HttpClient 5, Jackson 2) is on the class path in a
 * version older than the SDK supports. Frameworks manage these versions for their users, so an older
 * Spring Boot, for example, can bring one without anyone asking for it.
 *
 * <p>Thrown when a session, client or transport is built, before any request, instead of a
 * {@code NoSuchMethodError} or {@code NoClassDefFoundError} on the first call. The message names the library,
 * the version found and where it was loaded from, the version needed, and how to get it.
 */
public final class UnsupportedDependencyException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** Maven coordinates of the library, such as {@code org.apache.httpcomponents.client5:httpclient5}. */
    private final String library;
    /** The version found on the class path, or {@code unknown} when the library does not say. */
    private final String found;
    /** The oldest version the SDK supports. */
    private final String required;

    /**
     * Creates the exception.
     *
     * @param library Maven coordinates of the library
     * @param found the version found on the class path
     * @param required the oldest supported version
     * @param message the whole message: what was found, where from, what is needed and how to get it
     */
    public UnsupportedDependencyException(String library, String found, String required, String message) {
        super(message);
        this.library = library;
        this.found = found;
        this.required = required;
    }

    /** @return Maven coordinates of the library, such as {@code com.fasterxml.jackson.core:jackson-databind} */
    public String library() {
        return library;
    }

    /** @return the version found on the class path, or {@code unknown} when the library does not say */
    public String found() {
        return found;
    }

    /** @return the oldest version of the library the SDK supports */
    public String required() {
        return required;
    }
}
