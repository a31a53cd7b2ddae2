package dev.glanceshare.core.trace;

import dev.glanceshare.core.http.Headers;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded request and its response, already redacted: tokens, passwords and secrets are replaced
 * and the service catalog is elided, so a trace can be printed, logged or committed.
 */
public final class TracedExchange {
    private final int number;
    private final String participant;
    private final String method;
    private final URI uri;
    private final int status;
    private final String failure;
    private final Duration duration;
    private final Headers requestHeaders;
    private final String requestBody;
    private final Headers responseHeaders;
    private final String responseBody;

    TracedExchange(int number, String participant, String method, URI uri, int status, String failure,
            Duration duration, Headers requestHeaders, String requestBody, Headers responseHeaders,
            String responseBody) {
        this.number = number;
        this.participant = Objects.requireNonNull(participant);
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.failure = failure;
        this.duration = duration;
        this.requestHeaders = requestHeaders;
        this.requestBody = requestBody;
        this.responseHeaders = responseHeaders;
        this.responseBody = responseBody;
    }

    /** @return the 1-based position in the trace */
    public int number() { return number; }

    /** @return who answered, such as {@code keystone} or {@code glance} */
    public String participant() { return participant; }

    /** @return the request method */
    public String method() { return method; }

    /** @return the request URI */
    public URI uri() { return uri; }

    /** @return the path and query, as in diagrams: {@code /v2/images?limit=1} */
    public String pathAndQuery() {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** @return the status, or 0 when no response arrived (see {@link #failure()}) */
    public int status() { return status; }

    /** @return why no response arrived, when none did */
    public Optional<String> failure() { return Optional.ofNullable(failure); }

    /** @return the time until the response headers arrived */
    public Duration duration() { return duration; }

    /** @return the request headers, secrets redacted */
    public Headers requestHeaders() { return requestHeaders; }

    /** @return the request body as redacted text; empty when none or not recordable */
    public String requestBody() { return requestBody; }

    /** @return the response headers, secrets redacted */
    public Headers responseHeaders() { return responseHeaders; }

    /** @return the response body as redacted text; empty when none, binary or too large */
    public String responseBody() { return responseBody; }

    @Override
    public String toString() {
        return number + ". " + participant + " " + method + " " + pathAndQuery() + " -> "
                + (status == 0 ? failure : String.valueOf(status)) + " (" + duration.toMillis() + " ms)";
    }
}
