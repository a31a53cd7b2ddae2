package dev.glanceshare.conformance.reliability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The session's clock for the clock cases: real time plus an offset that the case moves (10 minutes
 * ahead, behind, or past the token's expiry), optionally running faster than real time so that hours of
 * token lifetimes pass in minutes.
 */
final class ShiftingClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final long startNanos = System.nanoTime();
    private final Instant start = Instant.now();
    private volatile long speed = 1;

    void shift(Duration value) {
        offset.set(value);
    }

    /** Time passes this many times faster than real time from now on (the offset absorbs the change). */
    synchronized void speed(long factor) {
        Instant now = instant();
        speed = factor;
        offset.set(Duration.between(base(), now));
    }

    private Instant base() {
        return start.plusNanos((System.nanoTime() - startNanos) * speed);
    }

    @Override
    public Instant instant() {
        return base().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
