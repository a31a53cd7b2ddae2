package dev.glanceshare.core.exception;

/**
 * The root of every exception the SDK throws. All are unchecked.
 *
 * <p>Two branches matter to callers: {@link ApiException} when the service answered with an error
 * status (it carries the status, method, URI and request id to quote in a ticket), and {@link
 * TransportException} when no usable response arrived at all (I/O, timeout, TLS, undecodable body).
 * Messages never contain tokens, passwords or application credential secrets.
 */
public class OpenStackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, in words a user can act on
     */
    public OpenStackException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the underlying failure
     */
    public OpenStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
