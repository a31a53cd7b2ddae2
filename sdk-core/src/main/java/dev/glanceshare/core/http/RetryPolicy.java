package dev.glanceshare.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently {@link RetryInterceptor} retries. Immutable.
 *
 * <p>Defaults: 3 attempts in all (the first plus two retries), exponential backoff from 200 ms capped
 * at 10 s with full jitter (each wait is a random time between zero and the cap, so clients that failed
 * together do not retry together), and a service's {@code Retry-After} honoured up to 60 s. A longer
 * {@code Retry-After} is not waited for: the response goes back to the caller, who sees a
 * {@link dev.glanceshare.core.exception.RateLimitedException} or
 * {@link dev.glanceshare.core.exception.ServerErrorException} carrying the delay.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxAttempts(5).maxDelay(Duration.ofSeconds(30)).build();
 * RetryPolicy off = RetryPolicy.none();
 * }</pre>
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder b) {
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts counts the first attempt, so it must be at least 1, was "
                    + b.maxAttempts);
        }
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = notNegative(b.baseDelay, "baseDelay");
        this.maxDelay = notNegative(b.maxDelay, "maxDelay");
        this.maxRetryAfter = notNegative(b.maxRetryAfter, "maxRetryAfter");
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than baseDelay " + baseDelay);
        }
    }

    /** @return 3 attempts, 200 ms base delay, 10 s cap, {@code Retry-After} honoured up to 60 s */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a policy that never retries: one attempt */
    public static RetryPolicy none() {
        return NONE;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the most attempts per request, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the backoff cap before the first retry; it doubles for each further retry */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the largest backoff cap */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** @return the longest {@code Retry-After} waited for; a longer one ends the retries */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return whether this policy retries at all */
    public boolean isEnabled() {
        return maxAttempts > 1;
    }

    /**
     * The wait before a retry when the service gave no {@code Retry-After}: full jitter, that is
     * {@code fraction × min(maxDelay, baseDelay × 2^(retry-1))}.
     *
     * @param retry which retry this is: 1 for the second attempt
     * @param fraction a random number in {@code [0, 1)}
     * @return the wait
     */
    public Duration backoff(int retry, double fraction) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, was " + retry);
        }
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("fraction must be in [0, 1), was " + fraction);
        }
        long cap = baseDelay.toMillis();
        for (int i = 1; i < retry && cap < maxDelay.toMillis(); i++) {
            cap *= 2;
        }
        cap = Math.min(cap, maxDelay.toMillis());
        return Duration.ofMillis((long) (cap * fraction));
    }

    /** @return a builder that starts from this policy */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay)
                .maxRetryAfter(maxRetryAfter);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy p = (RetryPolicy) o;
        return maxAttempts == p.maxAttempts && baseDelay.equals(p.baseDelay) && maxDelay.equals(p.maxDelay)
                && maxRetryAfter.equals(p.maxRetryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, maxDelay, maxRetryAfter);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    private static Duration notNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + d);
        }
        return d;
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(10);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {}

        /**
         * @param value attempts per request, the first included; 1 turns retries off
         * @return this builder
         */
        public Builder maxAttempts(int value) { this.maxAttempts = value; return this; }

        /**
         * @param value the backoff cap before the first retry
         * @return this builder
         */
        public Builder baseDelay(Duration value) { this.baseDelay = value; return this; }

        /**
         * @param value the largest backoff cap
         * @return this builder
         */
        public Builder maxDelay(Duration value) { this.maxDelay = value; return this; }

        /**
         * @param value the longest {@code Retry-After} to wait for
         * @return this builder
         */
        public Builder maxRetryAfter(Duration value) { this.maxRetryAfter = value; return this; }

        /**
         * @return the policy
         * @throws IllegalArgumentException when a value is out of range
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
