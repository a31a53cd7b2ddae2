package dev.glanceshare.core.exception;

/** 415 Unsupported Media Type: the service refused the request body's content type. */
public class UnsupportedMediaTypeException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public UnsupportedMediaTypeException(ErrorResponse error) {
        super(error);
    }
}
