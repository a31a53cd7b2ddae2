package dev.glanceshare.core.exception;

/** 403 Forbidden: the caller may see the resource but not do this to it. */
public class ForbiddenException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public ForbiddenException(ErrorResponse error) {
        super(error);
    }

    /**
     * Creates the exception for an error response, explaining another 403 that becomes its cause.
     *
     * @param error the parsed error response
     * @param cause the refusal this one explains
     */
    protected ForbiddenException(ErrorResponse error, Throwable cause) {
        super(error, cause);
    }
}
