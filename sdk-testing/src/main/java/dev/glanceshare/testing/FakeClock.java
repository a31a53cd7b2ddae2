package dev.glanceshare.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The clock the fake reads for token expiry and for image and member timestamps. Tests move it to expire
 * tokens without waiting.
 *
 * <p>A {@linkplain #system() ticking} clock follows the system clock plus an offset that
 * {@link #advance} and {@link #set} move; a {@linkplain #frozenAt frozen} clock stands still until moved.
 * Thread-safe.
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.frozenAt(Instant.parse("2026-01-01T00:00:00Z"));
 * try (FakeOpenStack fake = FakeOpenStack.builder().clock(clock).build()) {
 *     clock.advance(Duration.ofHours(2)); // every token issued so far has now expired
 * }
 * }</pre>
 */
public final class FakeClock {
    private final Clock base;
    private Instant frozen; // null while ticking; guarded by this
    private Duration offset = Duration.ZERO; // guarded by this

    private FakeClock(Clock base, Instant frozen) {
        this.base = base;
        this.frozen = frozen;
    }

    /**
     * Returns a clock that ticks with the system clock (UTC).
     *
     * @return a new ticking clock with no offset
     */
    public static FakeClock system() {
        return new FakeClock(Clock.systemUTC(), null);
    }

    /**
     * Returns a clock that stands still at {@code start} until it is advanced or set.
     *
     * @param start the first instant the clock reports
     * @return a new frozen clock
     */
    public static FakeClock frozenAt(Instant start) {
        return new FakeClock(Clock.systemUTC(), Objects.requireNonNull(start, "start"));
    }

    /**
     * Returns the current instant of this clock.
     *
     * @return the current fake time
     */
    public synchronized Instant now() {
        return frozen != null ? frozen : base.instant().plus(offset);
    }

    /**
     * Moves the clock forward (or backward, for a negative duration).
     *
     * @param amount how far to move
     */
    public synchronized void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (frozen != null) {
            frozen = frozen.plus(amount);
        } else {
            offset = offset.plus(amount);
        }
    }

    /**
     * Sets the clock to {@code instant}; a ticking clock keeps ticking from there.
     *
     * @param instant the new current time
     */
    public synchronized void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (frozen != null) {
            frozen = instant;
        } else {
            offset = Duration.between(base.instant(), instant);
        }
    }

    /**
     * Tells whether this clock stands still between moves.
     *
     * @return true for a clock made by {@link #frozenAt}
     */
    public synchronized boolean isFrozen() {
        return frozen != null;
    }
}
