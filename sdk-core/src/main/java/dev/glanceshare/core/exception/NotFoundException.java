package dev.glanceshare.core.exception;

/** 404 Not Found. Glance also answers 404, not 403, for images the caller cannot see. */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public NotFoundException(ErrorResponse error) {
        super(error);
    }
}
