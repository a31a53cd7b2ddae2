package dev.glanceshare.core.exception;

/** 401 Unauthorized: the credentials or token were refused. The SDK has already re-authenticated once before this is thrown. */
public class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public AuthenticationException(ErrorResponse error) {
        super(error);
    }
}
