package dev.glanceshare.core.observation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished operation or exchange. Holds no secret, and nothing that names an image or a project.
 *
 * @param kind an operation or an exchange
 * @param operation the operation's name, such as {@code image.members.add}; from a fixed list (see
 *     docs/observability.md)
 * @param service {@code identity} or {@code image}
 * @param method the HTTP method
 * @param status the HTTP status of the (last) response, or 0 when none arrived
 * @param outcome the status's class; {@link Outcome#UNKNOWN} without a response
 * @param exceptionType the simple class name of what the call threw, such as {@code NotFoundException};
 *     empty when it returned normally. For an exchange: only a failure to get a response
 * @param retries for an operation, how many times the request was sent again after a 429, 502, 503, 504 or a
 *     failed attempt; for an exchange, how many retries came before it (0 for the first attempt)
 * @param retryAfterWait the time waited because a response said {@code Retry-After} (for an exchange: so far)
 * @param requestId the {@code x-openstack-request-id} of the (last) response, when it had one
 * @param duration from start to the end of the call (for a streamed download: until the headers arrived)
 * @param exception what the call threw, for a tracer to mark the span as failed; the SDK's exception messages
 *     hold no secret
 */
public record CallEvent(CallKind kind, String operation, String service, String method, int status,
        Outcome outcome, Optional<String> exceptionType, int retries, Duration retryAfterWait,
        Optional<String> requestId, Duration duration, Optional<Throwable> exception) {
    /**
     * Checks that nothing is null.
     *
     * @param kind as above
     * @param operation as above
     * @param service as above
     * @param method as above
     * @param status as above
     * @param outcome as above
     * @param exceptionType as above
     * @param retries as above
     * @param retryAfterWait as above
     * @param requestId as above
     * @param duration as above
     * @param exception as above
     */
    public CallEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exceptionType, "exceptionType");
        Objects.requireNonNull(retryAfterWait, "retryAfterWait");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(exception, "exception");
    }
}
