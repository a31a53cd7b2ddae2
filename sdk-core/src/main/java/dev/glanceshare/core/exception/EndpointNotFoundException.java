package dev.glanceshare.core.exception;

/**
 * The service catalog has no endpoint that matches the requested service type, interface and region.
 * The message lists what the catalog does offer, so the fix is visible.
 */
public class EndpointNotFoundException extends OpenStackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was asked for and what the catalog offers
     */
    public EndpointNotFoundException(String message) {
        super(message);
    }
}
