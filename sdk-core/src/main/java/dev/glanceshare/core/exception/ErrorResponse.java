package dev.glanceshare.core.exception;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An error answer from a service, parsed: who answered, to which request, with what status, request id
 * and message. It holds no request headers, so it never holds a token.
 */
public final class ErrorResponse implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The service that answered, such as Glance. */
    private final String service;
    /** The request method. */
    private final String method;
    /** The request URI. */
    private final URI uri;
    /** The HTTP status. */
    private final int status;
    /** The standard reason phrase for the status. */
    private final String reason;
    /** The x-openstack-request-id, or null. */
    private final String requestId;
    /** The service's message, cleaned of markup. */
    private final String serverMessage;
    /** The Retry-After delay, or null. */
    private final Duration retryAfter;

    private ErrorResponse(Builder b) {
        this.service = Objects.requireNonNull(b.service, "service");
        this.method = Objects.requireNonNull(b.method, "method");
        this.uri = Objects.requireNonNull(b.uri, "uri");
        this.status = b.status;
        // Keystone sends upper-case phrases (401 UNAUTHORIZED); one spelling keeps messages uniform.
        this.reason = StatusReasons.of(b.status);
        this.requestId = b.requestId;
        this.serverMessage = b.serverMessage == null ? "" : b.serverMessage;
        this.retryAfter = b.retryAfter;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the service name, such as {@code Glance} */
    public String service() {
        return service;
    }

    /** @return the request method */
    public String method() {
        return method;
    }

    /** @return the request URI */
    public URI uri() {
        return uri;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the reason phrase in the usual capitalisation, such as {@code Conflict} */
    public String reason() {
        return reason;
    }

    /** @return the {@code x-openstack-request-id}, if the service sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the service's message cleaned of markup; empty if it sent none */
    public String serverMessage() {
        return serverMessage;
    }

    /** @return the {@code Retry-After} delay, if the service sent one */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The one-line description used as the exception message.
     *
     * @return for example {@code Glance POST /v2/images/x/members returned 409 Conflict (request req-1): Member y is duplicated}
     */
    public String describe() {
        StringBuilder s = new StringBuilder()
                .append(service).append(' ').append(method).append(' ').append(uri.getRawPath())
                .append(" returned ").append(status).append(' ').append(reason);
        if (requestId != null) {
            s.append(" (request ").append(requestId).append(')');
        }
        if (!serverMessage.isEmpty()) {
            s.append(": ").append(serverMessage);
        }
        return s.toString();
    }

    /**
     * Builds the typed exception for this status: 400, 401, 403, 404, 409, 413, 415 and 429 get their own
     * class, 5xx gets {@link ServerErrorException}, anything else a plain {@link ApiException}.
     *
     * @return the exception to throw
     */
    public ApiException toException() {
        switch (status) {
            case 400: return new BadRequestException(this);
            case 401: return new AuthenticationException(this);
            case 403: return new ForbiddenException(this);
            case 404: return new NotFoundException(this);
            case 409: return new ConflictException(this);
            case 413: return new QuotaExceededException(this);
            case 415: return new UnsupportedMediaTypeException(this);
            case 429: return new RateLimitedException(this);
            default: return status >= 500 ? new ServerErrorException(this) : new ApiException(this);
        }
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Builds an {@link ErrorResponse}. */
    public static final class Builder {
        private String service;
        private String method;
        private URI uri;
        private int status;
        private String requestId;
        private String serverMessage;
        private Duration retryAfter;

        private Builder() {}

        /**
         * @param value the service name
         * @return this builder
         */
        public Builder service(String value) { this.service = value; return this; }

        /**
         * @param value the request method
         * @return this builder
         */
        public Builder method(String value) { this.method = value; return this; }

        /**
         * @param value the request URI
         * @return this builder
         */
        public Builder uri(URI value) { this.uri = value; return this; }

        /**
         * @param value the HTTP status
         * @return this builder
         */
        public Builder status(int value) { this.status = value; return this; }

        /**
         * @param value the request id, or {@code null}
         * @return this builder
         */
        public Builder requestId(String value) { this.requestId = value; return this; }

        /**
         * @param value the cleaned server message, or {@code null}
         * @return this builder
         */
        public Builder serverMessage(String value) { this.serverMessage = value; return this; }

        /**
         * @param value the Retry-After delay, or {@code null}
         * @return this builder
         */
        public Builder retryAfter(Duration value) { this.retryAfter = value; return this; }

        /** @return the error response */
        public ErrorResponse build() {
            return new ErrorResponse(this);
        }
    }
}
