package dev.glanceshare.core.exception;

/**
 * A lookup by name or ID found nothing. Unlike {@link NotFoundException} this may come from several
 * requests (an ID lookup, then a name lookup), and the message names everything that was tried.
 */
public class ResourceNotFoundException extends OpenStackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was looked up and how
     */
    public ResourceNotFoundException(String message) {
        super(message);
    }
}
