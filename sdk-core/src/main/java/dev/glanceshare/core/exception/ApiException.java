package dev.glanceshare.core.exception;

import java.net.URI;
import java.util.Optional;

/**
 * The service answered with an error status.
 *
 * <p>The message reads like {@code Glance POST /v2/images/9faa.../members returned 409 Conflict
 * (request req-...): Member d34b... is duplicated for image 9faa...}. The server's message is
 * cleaned of Glance's HTML tail ({@code <br /><br />}) and markup. Subclasses exist for the statuses a
 * caller can act on; {@link ErrorResponse#toException()} picks the right one.
 */
public class ApiException extends OpenStackException {
    private static final long serialVersionUID = 1L;

    /** The parsed error response. */
    private final ErrorResponse error;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public ApiException(ErrorResponse error) {
        super(error.describe());
        this.error = error;
    }

    /**
     * Creates the exception for an error response, caused by another: a subclass that explains a refusal
     * keeps the original as its cause.
     *
     * @param error the parsed error response
     * @param cause the exception this one explains
     */
    protected ApiException(ErrorResponse error, Throwable cause) {
        super(error.describe(), cause);
        this.error = error;
    }

    /** @return the HTTP status code, such as 409 */
    public int status() {
        return error.status();
    }

    /** @return the HTTP method of the failed request */
    public String method() {
        return error.method();
    }

    /** @return the full URI of the failed request (it never holds a secret: tokens travel in headers) */
    public URI uri() {
        return error.uri();
    }

    /** @return the service's {@code x-openstack-request-id}, to quote when reporting the failure */
    public Optional<String> requestId() {
        return error.requestId();
    }

    /** @return the service's own message, cleaned of markup; empty text if it sent none */
    public String serverMessage() {
        return error.serverMessage();
    }

    /** @return the name of the service that answered, such as {@code Glance} or {@code Keystone} */
    public String service() {
        return error.service();
    }

    /** @return the whole parsed error response */
    public ErrorResponse error() {
        return error;
    }
}
