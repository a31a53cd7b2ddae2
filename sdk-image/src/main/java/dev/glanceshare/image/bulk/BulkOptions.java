package dev.glanceshare.image.bulk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * How a bulk run behaves. Immutable; {@link #defaults()} is 4 requests at a time on a pool the run owns,
 * no stop on failure, images never made shared, Glance's default member limit of 128.
 *
 * <pre>{@code
 * BulkOptions options = BulkOptions.builder().parallelism(8).makeShared(true)
 *     .progress((done, total) -> log.info("{} of {}", done, total)).build();
 * }</pre>
 */
public final class BulkOptions {
    private static final BulkOptions DEFAULTS = builder().build();

    private final int parallelism;
    private final Executor executor;
    private final boolean stopOnFailure;
    private final boolean makeShared;
    private final int memberLimit;
    private final int maxRetries;
    private final Duration maxRetryAfter;
    private final BulkProgress progress;
    private final CancellationToken cancellation;

    private BulkOptions(Builder b) {
        this.parallelism = b.parallelism;
        this.executor = b.executor;
        this.stopOnFailure = b.stopOnFailure;
        this.makeShared = b.makeShared;
        this.memberLimit = b.memberLimit;
        this.maxRetries = b.maxRetries;
        this.maxRetryAfter = b.maxRetryAfter;
        this.progress = b.progress;
        this.cancellation = b.cancellation;
    }

    /** @return the defaults */
    public static BulkOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the most requests in flight at once */
    public int parallelism() {
        return parallelism;
    }

    /** @return the caller's executor, which the run uses but never shuts down; empty: the run owns a pool */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /** @return whether the first failure stops the run (the rest end as not attempted) */
    public boolean stopOnFailure() {
        return stopOnFailure;
    }

    /** @return whether a private image is made shared before members are added (never public or community) */
    public boolean makeShared() {
        return makeShared;
    }

    /** @return the members one image may have (Glance's {@code image_member_quota}) */
    public int memberLimit() {
        return memberLimit;
    }

    /** @return how often one pair is retried after a 429 or an outcome that is unknown (5xx, dropped connection) */
    public int maxRetries() {
        return maxRetries;
    }

    /** @return the longest {@code Retry-After} waited for; a longer one fails the pair */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return the progress callback */
    public BulkProgress progress() {
        return progress;
    }

    /** @return the caller's cancellation token; empty when the run cannot be cancelled from outside */
    public Optional<CancellationToken> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    /** Builds {@link BulkOptions}. */
    public static final class Builder {
        private int parallelism = 4;
        private Executor executor;
        private boolean stopOnFailure;
        private boolean makeShared;
        private int memberLimit = 128;
        private int maxRetries = 5;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private BulkProgress progress = BulkProgress.NONE;
        private CancellationToken cancellation;

        private Builder() {}

        /**
         * @param value requests in flight at once, 1 to 256; default 4, gentle on a shared cloud
         * @return this builder
         */
        public Builder parallelism(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("parallelism must be 1 to 256, was " + value);
            }
            this.parallelism = value;
            return this;
        }

        /**
         * @param value an executor to run on; the run never shuts it down. Parallelism still bounds the
         *     requests in flight. Default: a pool of {@code parallelism} threads the run creates and shuts down
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = value;
            return this;
        }

        /**
         * @param value stop at the first failure; default false, every pair is tried
         * @return this builder
         */
        public Builder stopOnFailure(boolean value) {
            this.stopOnFailure = value;
            return this;
        }

        /**
         * @param value make a private image shared before adding members (2 more requests per such image);
         *     public and community images are never changed. Default false
         * @return this builder
         */
        public Builder makeShared(boolean value) {
            this.makeShared = value;
            return this;
        }

        /**
         * @param value the cloud's member limit per image; default 128, Glance's default
         * @return this builder
         */
        public Builder memberLimit(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("memberLimit must not be negative, was " + value);
            }
            this.memberLimit = value;
            return this;
        }

        /**
         * @param value retries per pair after a 429 or an unknown outcome; default 5
         * @return this builder
         */
        public Builder maxRetries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative, was " + value);
            }
            this.maxRetries = value;
            return this;
        }

        /**
         * @param value the longest {@code Retry-After} waited for; default 60 s
         * @return this builder
         */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = Objects.requireNonNull(value, "maxRetryAfter");
            return this;
        }

        /**
         * @param value told each time a pair is settled
         * @return this builder
         */
        public Builder progress(BulkProgress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * @param value cancels the run when cancelled
         * @return this builder
         */
        public Builder cancellation(CancellationToken value) {
            this.cancellation = Objects.requireNonNull(value, "cancellation");
            return this;
        }

        /** @return the options */
        public BulkOptions build() {
            return new BulkOptions(this);
        }
    }
}
