package dev.glanceshare.testing.internal.identity;

/** A Keystone API error, rendered as {@code {"error": {"code", "message", "title"}}}. */
public final class KeystoneError extends RuntimeException {
    /** Exceptions are serializable; this one never travels. */
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int code;
    /** The status phrase. */
    private final String title;

    private KeystoneError(int code, String title, String message) {
        super(message, null, false, false);
        this.code = code;
        this.title = title;
    }

    /** @return the 401 Keystone gives for every bad credential, token or scope */
    public static KeystoneError unauthorized() {
        return new KeystoneError(401, "Unauthorized", "The request you have made requires authentication.");
    }

    /**
     * @param action the policy rule, e.g. {@code identity:list_projects}
     * @return the 403 for a refused policy check
     */
    public static KeystoneError forbidden(String action) {
        return new KeystoneError(403, "Forbidden",
                "You are not authorized to perform the requested action: " + action + ".");
    }

    /**
     * @param attribute what was missing
     * @param target where it was expected
     * @return Keystone's {@code ValidationError}
     */
    public static KeystoneError validation(String attribute, String target) {
        return badRequest("Expecting to find " + attribute + " in " + target + ". The server could not comply"
                + " with the request since it is either malformed or otherwise incorrect. The client is assumed"
                + " to be in error.");
    }

    /**
     * @param message the text
     * @return a 400
     */
    public static KeystoneError badRequest(String message) {
        return new KeystoneError(400, "Bad Request", message);
    }

    /**
     * @param message the text
     * @return a 404
     */
    public static KeystoneError notFound(String message) {
        return new KeystoneError(404, "Not Found", message);
    }

    /**
     * @param code any status
     * @param title its Python {@code http.client.responses} phrase
     * @param message the text
     * @return an error of that status
     */
    public static KeystoneError of(int code, String title, String message) {
        return new KeystoneError(code, title, message);
    }

    /** @return the HTTP status */
    public int code() {
        return code;
    }

    /** @return the title, the status phrase */
    public String title() {
        return title;
    }
}
