package dev.glanceshare.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the fake plays on the next matching requests, armed with {@link FakeOpenStack#inject(Fault)}.
 * Immutable.
 *
 * <p>The path pattern is matched against the raw (still percent-encoded) path, relative to the service
 * root (a Glance path prefix is removed first), without the query string. {@code *} matches within one
 * path segment, {@code **} matches across segments. The method {@code "*"} matches every method.
 *
 * <pre>{@code
 * fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images/*").times(2).respond(503).withRetryAfter("1"));
 * fake.inject(Fault.on(Service.IDENTITY, "POST", "/v3/auth/tokens").delay(Duration.ofSeconds(2)));
 * fake.inject(Fault.on(Service.IMAGE, "*", "/v2/**").dropConnection());
 * }</pre>
 */
public final class Fault {
    /** What the fake does to a matching request. */
    public enum Action {
        /** Answer with a chosen status, headers and body instead of handling the request. */
        RESPOND,
        /** Wait, then handle the request normally. */
        DELAY,
        /** Close the connection without sending any response. */
        DROP,
        /** Send the headers and half of the real body, wait, then close the connection. */
        STALL
    }

    private final Target target;
    private final Action action;
    private final int status;
    private final Duration duration;
    private final Map<String, String> headers;
    private final String body; // null: render the service's own error body

    private Fault(Target target, Action action, int status, Duration duration, Map<String, String> headers,
            String body) {
        this.target = target;
        this.action = action;
        this.status = status;
        this.duration = duration;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    /**
     * Starts a fault for requests to {@code service} with {@code method} on paths matching
     * {@code pathPattern}; it fires once unless {@link Target#times} says otherwise.
     *
     * @param service which listener
     * @param method the method, or {@code "*"} for any
     * @param pathPattern a path glob such as {@code /v2/images/*}
     * @return the target, to choose the action on
     */
    public static Target on(Service service, String method, String pathPattern) {
        return new Target(Objects.requireNonNull(service, "service"), Objects.requireNonNull(method, "method"),
                Objects.requireNonNull(pathPattern, "pathPattern"), 1);
    }

    /**
     * Returns a copy that also sends {@code Retry-After}.
     *
     * @param value the header value, e.g. {@code "2"}
     * @return a new fault
     */
    public Fault withRetryAfter(String value) {
        return withHeader("Retry-After", value);
    }

    /**
     * Returns a copy that also sends a header (only for {@link Action#RESPOND}).
     *
     * @param name header name
     * @param value header value
     * @return a new fault
     */
    public Fault withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Fault(target, action, status, duration, copy, body);
    }

    /**
     * Returns a copy that answers with this body instead of the service's own error body (only for
     * {@link Action#RESPOND}); set its type with {@code withHeader("Content-Type", ...)}.
     *
     * @param text the body
     * @return a new fault
     */
    public Fault withBody(String text) {
        return new Fault(target, action, status, duration, headers, Objects.requireNonNull(text, "text"));
    }

    /** @return which listener the fault watches */
    public Service service() {
        return target.service;
    }

    /** @return the method it matches, or {@code "*"} */
    public String method() {
        return target.method;
    }

    /** @return the path glob it matches */
    public String pathPattern() {
        return target.pathPattern;
    }

    /** @return how many matching requests it affects */
    public int times() {
        return target.times;
    }

    /** @return what it does */
    public Action action() {
        return action;
    }

    /** @return the status sent by {@link Action#RESPOND}; 0 for other actions */
    public int status() {
        return status;
    }

    /** @return the wait of {@link Action#DELAY} and {@link Action#STALL}; zero otherwise */
    public Duration duration() {
        return duration;
    }

    /** @return extra response headers for {@link Action#RESPOND} */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the body for {@link Action#RESPOND}, or empty to use the service's error body */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    @Override
    public String toString() {
        return "Fault[" + action + " " + target.times + "x " + target.service + " " + target.method + " "
                + target.pathPattern + (action == Action.RESPOND ? " -> " + status : "") + "]";
    }

    /** Which requests a fault matches and how often; choose the action to get the {@link Fault}. */
    public static final class Target {
        private final Service service;
        private final String method;
        private final String pathPattern;
        private final int times;

        private Target(Service service, String method, String pathPattern, int times) {
            this.service = service;
            this.method = method;
            this.pathPattern = pathPattern;
            this.times = times;
        }

        /**
         * Sets how many matching requests are affected.
         *
         * @param count at least 1
         * @return a new target
         */
        public Target times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("times must be at least 1, was " + count);
            }
            return new Target(service, method, pathPattern, count);
        }

        /**
         * Answers matching requests with {@code status} and the service's usual error body for it.
         *
         * @param status an HTTP status code (100-599)
         * @return the fault
         */
        public Fault respond(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be 100-599, was " + status);
            }
            return new Fault(this, Action.RESPOND, status, Duration.ZERO, Map.of(), null);
        }

        /**
         * Delays matching requests, then handles them normally.
         *
         * @param delay how long to wait
         * @return the fault
         */
        public Fault delay(Duration delay) {
            return new Fault(this, Action.DELAY, 0, nonNegative(delay), Map.of(), null);
        }

        /**
         * Closes the connection of matching requests without any response.
         *
         * @return the fault
         */
        public Fault dropConnection() {
            return new Fault(this, Action.DROP, 0, Duration.ZERO, Map.of(), null);
        }

        /**
         * Sends the status line, headers and half of the real body, waits {@code stall} (or until the
         * fake is closed), then closes the connection.
         *
         * @param stall how long to hang mid-body
         * @return the fault
         */
        public Fault stallMidBody(Duration stall) {
            return new Fault(this, Action.STALL, 0, nonNegative(stall), Map.of(), null);
        }

        private static Duration nonNegative(Duration d) {
            Objects.requireNonNull(d, "duration");
            if (d.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative: " + d);
            }
            return d;
        }
    }
}
