package dev.glanceshare.core.exception;

/** 409 Conflict, such as a project that is already a member of the image. */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public ConflictException(ErrorResponse error) {
        super(error);
    }
}
