package dev.glanceshare.core.exception;

/** a 5xx status: the service failed. Idempotent requests were already retried on 502, 503 and 504. */
public class ServerErrorException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public ServerErrorException(ErrorResponse error) {
        super(error);
    }
}
