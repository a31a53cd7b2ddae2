package dev.glanceshare.image.bulk;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a bulk run from any thread. Requests in flight finish (a half-sent request would leave the
 * state unknown); pairs not yet started end as {@link Outcome#NOT_ATTEMPTED}, and waits for
 * {@code Retry-After} end at once. Thread-safe; one token may cancel several runs.
 *
 * <pre>{@code
 * CancellationToken token = new CancellationToken();
 * executor.submit(() -> glance.bulk(BulkOptions.builder().cancellation(token).build()).share(image, projects));
 * token.cancel();
 * }</pre>
 */
public final class CancellationToken {
    private final CountDownLatch cancelled = new CountDownLatch(1);

    /** Creates a token that is not cancelled. */
    public CancellationToken() {}

    /** Cancels every run that uses this token; calling it again does nothing. */
    public void cancel() {
        cancelled.countDown();
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /**
     * Waits up to {@code wait}, returning early on cancellation; used for {@code Retry-After} so a
     * cancelled run does not sit out a long delay.
     *
     * @param wait how long to wait
     * @return whether the token was cancelled
     */
    boolean awaitCancelled(Duration wait) {
        try {
            return cancelled.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
