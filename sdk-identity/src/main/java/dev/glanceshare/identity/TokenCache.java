package dev.glanceshare.identity;

import dev.glanceshare.core.AuthToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Holds the current token and makes sure only one thread at a time fetches a new one.
 *
 * <ul>
 *   <li>{@link #current()}: returns the cached token unless it is due for refresh (within the refresh
 *       window of {@code expires_at}). While one thread refreshes, others keep using the old token if it
 *       has not expired yet, and wait for the new one if it has.
 *   <li>{@link #replace(AuthToken)}: after a 401. If the refused token is still current, exactly one
 *       thread fetches a new one and the others wait for it; if it was already replaced, the replacement
 *       is returned without a request (gophercloud's {@code Reauthenticate(previousToken)}).
 * </ul>
 */
final class TokenCache {
    private final Supplier<TokenInfo> fetch;
    private final boolean renewable;
    private final Duration window;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile TokenInfo current;

    /**
     * @param fetch authenticates and returns a new token; called with the lock held
     * @param renewable false for a fixed token: it is fetched once and never refreshed
     * @param window how long before {@code expires_at} to refresh
     * @param clock the time source
     */
    TokenCache(Supplier<TokenInfo> fetch, boolean renewable, Duration window, Clock clock) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.renewable = renewable;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return a token that is not due for refresh, fetching one if needed */
    TokenInfo current() {
        TokenInfo t = current;
        if (t != null && !dueForRefresh(t)) {
            return t;
        }
        if (t != null && !expired(t)) {
            if (!lock.tryLock()) {
                return t; // another thread is refreshing; the old token is still valid meanwhile
            }
        } else {
            lock.lock();
        }
        try {
            TokenInfo again = current;
            if (again != null && !dueForRefresh(again)) {
                return again;
            }
            if (again != null && !renewable) {
                return again; // a fixed token cannot be renewed: the service will say when it stops working
            }
            TokenInfo fresh = fetch.get();
            current = fresh;
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param stale the token a service refused
     * @param refused called (with the lock held) when the token cannot be renewed; it throws
     * @return a token other than {@code stale}
     */
    TokenInfo replace(AuthToken stale, Runnable refused) {
        Objects.requireNonNull(stale, "stale");
        lock.lock();
        try {
            TokenInfo t = current;
            if (t != null && !t.token().equals(stale)) {
                return t;
            }
            if (!renewable) {
                refused.run();
            }
            TokenInfo fresh = fetch.get();
            current = fresh;
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    /** @return the cached token, without fetching; {@code null} before the first authentication */
    TokenInfo peek() {
        return current;
    }

    private boolean dueForRefresh(TokenInfo t) {
        if (!renewable || t.expiresAt().isEmpty()) {
            return false;
        }
        Instant expires = t.expiresAt().get();
        Duration w = window;
        if (t.issuedAt().isPresent()) {
            // a token that lives shorter than twice the window would be refreshed on every call
            Duration half = Duration.between(t.issuedAt().get(), expires).dividedBy(2);
            if (!half.isNegative() && half.compareTo(w) < 0) {
                w = half;
            }
        }
        return !clock.instant().isBefore(expires.minus(w));
    }

    private boolean expired(TokenInfo t) {
        return t.expiresAt().map(e -> !clock.instant().isBefore(e)).orElse(false);
    }
}
