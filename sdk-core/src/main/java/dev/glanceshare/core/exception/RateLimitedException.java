package dev.glanceshare.core.exception;

import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests. Idempotent requests were already retried, honouring {@code Retry-After}. */
public class RateLimitedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param error the parsed error response
     */
    public RateLimitedException(ErrorResponse error) {
        super(error);
    }

    /** @return how long the service asked the caller to wait, when it said so */
    public Optional<Duration> retryAfter() {
        return error().retryAfter();
    }
}
