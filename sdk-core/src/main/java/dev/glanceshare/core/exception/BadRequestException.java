package dev.glanceshare.core.exception;

/** 400 Bad Request: the request was malformed or a value was invalid. */
public class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public BadRequestException(ErrorResponse error) {
        super(error);
    }
}
