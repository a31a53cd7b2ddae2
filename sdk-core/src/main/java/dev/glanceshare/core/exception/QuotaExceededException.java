package dev.glanceshare.core.exception;

/** 413 Request Entity Too Large: a quota was hit, such as Glance's 128 members per image. Nothing was changed. */
public class QuotaExceededException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public QuotaExceededException(ErrorResponse error) {
        super(error);
    }
}
