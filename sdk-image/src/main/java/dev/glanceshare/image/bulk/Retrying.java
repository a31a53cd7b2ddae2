package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.core.exception.RateLimitedException;
import dev.glanceshare.core.exception.ServerErrorException;
import dev.glanceshare.core.exception.TransportException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries one member call at the bulk level, where the transport's own policy may not: a POST is never
 * resent by the transport, because it cannot know what a repeat means. Here it is known, because the
 * caller treats a repeat idempotently (409 on an add, "not in the member list" on a remove). So:
 * <ul>
 *   <li>429: the server did nothing; wait {@code Retry-After} (or a backoff) and try again.</li>
 *   <li>502, 503, 504, a dropped connection or a timeout: it may or may not have happened; try again and
 *       mark the outcome {@linkplain Attempt#uncertain() uncertain} so the caller reads a 409 or 404 as
 *       this run's own earlier success.</li>
 *   <li>Except a member add after a timeout ({@code resendAfterTimeout} false): the first request may still
 *       be waiting inside Glance, and real Glance adds a member by a check, then an insert, so two adds of
 *       one member that run at once both succeed and the member is listed twice (measured against Glance
 *       Zed stalled by SIGSTOP: 3 duplicates in 400 adds). The attempt ends, uncertain.</li>
 *   <li>Anything else goes back to the caller at once.</li>
 * </ul>
 */
final class Retrying {
    private Retrying() {}

    /** The end of a call: a value, or the error of the last attempt. */
    record Attempt<T>(T value, OpenStackException error, boolean uncertain, int attempts, boolean cancelled) {
        boolean ok() {
            return error == null;
        }
    }

    static <T> Attempt<T> call(BulkRun run, Supplier<T> call) {
        return call(run, call, true);
    }

    static <T> Attempt<T> call(BulkRun run, Supplier<T> call, boolean resendAfterTimeout) {
        BulkOptions options = run.options();
        boolean uncertain = false;
        int attempts = 0;
        while (true) {
            attempts++;
            Duration wait;
            OpenStackException error;
            try {
                return new Attempt<>(call.get(), null, uncertain, attempts, false);
            } catch (RateLimitedException e) {
                error = e;
                wait = e.retryAfter().orElse(backoff(attempts));
            } catch (ServerErrorException e) {
                if (e.status() != 502 && e.status() != 503 && e.status() != 504) {
                    return new Attempt<>(null, e, uncertain, attempts, false);
                }
                error = e;
                uncertain = true;
                wait = backoff(attempts);
            } catch (TransportException e) {
                if (e.kind() == TransportException.Kind.TLS || e.kind() == TransportException.Kind.DECODE) {
                    return new Attempt<>(null, e, uncertain, attempts, false);
                }
                if (e.kind() == TransportException.Kind.TIMEOUT && !resendAfterTimeout) {
                    return new Attempt<>(null, e, true, attempts, false);
                }
                error = e;
                uncertain |= e.kind() != TransportException.Kind.CONNECT; // CONNECT: never sent
                wait = backoff(attempts);
            } catch (OpenStackException e) {
                return new Attempt<>(null, e, uncertain, attempts, false);
            }
            if (attempts > options.maxRetries() || wait.compareTo(options.maxRetryAfter()) > 0) {
                return new Attempt<>(null, error, uncertain, attempts, false);
            }
            if (run.cancellation().awaitCancelled(wait)) {
                return new Attempt<>(null, error, uncertain, attempts, true);
            }
        }
    }

    /** Full jitter from 50 ms doubling to 2 s: short, because the transport has already backed off once. */
    private static Duration backoff(int attempt) {
        long cap = Math.min(2000, 50L << Math.min(attempt, 6));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }
}
