package dev.glanceshare.core.http;

import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.internal.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request again when that is safe and likely to help, as a {@link RetryPolicy} says.
 *
 * <ul>
 *   <li>Idempotent requests ({@link HttpRequest#isIdempotent()}: GET, HEAD, PUT, DELETE, OPTIONS) are
 *       retried when no response arrived ({@link TransportException} of kind CONNECT, TIMEOUT or IO) and
 *       on 429, 502, 503 and 504.</li>
 *   <li>Other requests (POST, PATCH) are retried only when the connection could not be made (kind
 *       CONNECT), because then the request never left. After it may have reached the server they are
 *       never resent: a second POST could add a second member.</li>
 *   <li>A one-shot streamed body is never resent.</li>
 *   <li>{@code Retry-After} (seconds or an HTTP date) is honoured up to
 *       {@link RetryPolicy#maxRetryAfter()}; a longer one returns the response to the caller.</li>
 * </ul>
 *
 * <p>A call that reads the whole body anyway ({@link ServiceCaller#json}) has the body read here, inside
 * the retry loop: a body that breaks off or stalls past the response timeout is then a failed attempt of
 * kind IO or TIMEOUT, retried as above, and not an error after the retries are over.
 *
 * <p>Each discarded response is closed. The wait is interruptible: an interrupt restores the thread's
 * interrupt flag and ends the call with a {@link TransportException} of kind IO. When every attempt
 * fails without a response, the last failure is thrown with the earlier ones attached as suppressed.
 *
 * <pre>{@code
 * Interceptor retry = new RetryInterceptor(RetryPolicy.builder().maxAttempts(5).build());
 * }</pre>
 */
public final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        /** The sleeper that really sleeps ({@link Thread#sleep(long)}). */
        Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

        /**
         * Waits.
         *
         * @param duration how long
         * @throws InterruptedException when the thread is interrupted while waiting
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    /** @param policy attempts and delays */
    public RetryInterceptor(RetryPolicy policy) {
        this(policy, Sleeper.SYSTEM, Clock.systemUTC());
    }

    /**
     * @param policy attempts and delays
     * @param sleeper how to wait between attempts
     * @param clock the time, to turn a {@code Retry-After} date into a delay
     */
    public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the policy */
    public RetryPolicy policy() {
        return policy;
    }

    @Override
    public HttpResponse intercept(Chain chain) {
        HttpRequest request = chain.request();
        boolean resendable = request.body().map(RequestBody::isRepeatable).orElse(true);
        List<TransportException> earlier = List.of(); // made mutable on the first failure only
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts() || !resendable;
            HttpResponse response;
            try {
                response = buffered(request, chain.proceed(request));
            } catch (TransportException e) {
                if (last || !retryable(request, e)) {
                    earlier.forEach(e::addSuppressed);
                    throw e;
                }
                if (earlier.isEmpty()) {
                    earlier = new ArrayList<>();
                }
                earlier.add(e);
                pause(request, attempt, backoff(attempt), false, "failed (" + e.kind() + ")");
                continue;
            }
            if (last || !request.isIdempotent() || !retryableStatus(response.status())) {
                return response;
            }
            Optional<Duration> retryAfter = RetryAfter.parse(response.headers(), clock.instant());
            if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
                LOG.debug("Not retrying {}: Retry-After {} s is longer than the policy's {} s", request,
                        retryAfter.get().toSeconds(), policy.maxRetryAfter().toSeconds());
                return response;
            }
            Responses.discard(response);
            Duration delay = retryAfter.isPresent() ? retryAfter.get() : backoff(attempt);
            pause(request, attempt, delay, retryAfter.isPresent(), "answered " + response.status());
        }
    }

    /** Reads a successful response's body into memory when the request asks for it; a failure to read is an attempt's failure. */
    private static HttpResponse buffered(HttpRequest request, HttpResponse response) {
        if (request.bufferLimit() <= 0 || !response.isSuccessful()) {
            return response;
        }
        try (response) {
            return HttpResponse.held(response.status(), response.headers(), response.readBody(request.bufferLimit()));
        } catch (HttpResponse.BodyTooLargeException e) {
            throw new TransportException(TransportException.Kind.DECODE, request.method(), request.uri(),
                    e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw ApacheHttpTransport.failure(request.method(), request.uri(), e);
        }
    }

    private static boolean retryable(HttpRequest request, TransportException e) {
        switch (e.kind()) {
            case CONNECT:
                return true; // the request never left, so even a POST is safe to send again
            case TIMEOUT:
            case IO:
                return request.isIdempotent();
            default:
                return false; // TLS and DECODE fail the same way every time
        }
    }

    private static boolean retryableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private Duration backoff(int attempt) {
        return policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
    }

    private void pause(HttpRequest request, int attempt, Duration delay, boolean fromRetryAfter, String why) {
        LOG.debug("{} {}; attempt {} of {} in {} ms", request, why, attempt + 1, policy.maxAttempts(),
                delay.toMillis());
        try {
            sleeper.sleep(delay); // even for zero: a pending interrupt then still ends the retries
            ObservedCall call = request.observed();
            if (call != null) {
                call.retried(delay, fromRetryAfter);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.IO, request.method(), request.uri(),
                    "interrupted while waiting " + delay.toMillis() + " ms to retry", e);
        }
    }
}
