package dev.glanceshare.identity.internal;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.core.observation.TokenEvent;
import dev.glanceshare.identity.CachedAuth;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.TokenInfo;
import dev.glanceshare.identity.TokenKey;
import dev.glanceshare.identity.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current token and makes sure only one thread at a time fetches a new one.
 *
 * <ul>
 *   <li>{@link #current()}: returns the cached token unless it is due for refresh (within the refresh
 *       window of its expiry). While one thread refreshes, others keep using the old token if it has not
 *       expired yet, and wait for the new one if it has. A refresh that fails before expiry keeps the old
 *       token (logged at WARN) and is tried again {@link #REFRESH_RETRY} later.
 *   <li>{@link #replace}: after a 401. If the refused token is still current, exactly one thread fetches
 *       a new one and the others wait for it; if it was already replaced, the replacement is returned
 *       without a request (gophercloud's {@code Reauthenticate(previousToken)}).
 * </ul>
 *
 * <p>Expiry is judged on the local clock as the time the request started plus the token's lifetime
 * ({@code expires_at - issued_at}), so a client clock that is off from Keystone's neither keeps an
 * expired token nor refreshes on every call. The window is capped at half the lifetime.
 *
 * <p>A failed fetch is shared like a successful one: the threads that were waiting for it get its exception
 * instead of each sending a token request of their own in turn (with Keystone down or slow, 64 waiting
 * threads would otherwise send 64 requests one after another and the last would wait for all of them).
 * The next call after that starts a new fetch, so at most one token request per session is in flight.
 *
 * <p>Before authenticating it asks the {@link TokenStore}: a stored token that is neither the one being
 * replaced nor due for refresh is used without a request. Otherwise the stored entry is evicted, a new
 * token fetched and saved. Sessions of one process that share a key also share a lock for this, so the
 * process replaces an entry once, however many sessions and threads need it.
 */
public final class TokenCache {
    /** One lock per key ID in the process: sessions sharing a store replace an entry single-flight. */
    private static final Map<String, ReentrantLock> KEY_LOCKS = new ConcurrentHashMap<>();
    /** How long after a failed early refresh the still-valid token is used without trying again. */
    public static final Duration REFRESH_RETRY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(KeystoneSession.class);

    private final Supplier<TokenInfo> fetch;
    private final boolean renewable;
    private final Duration window;
    private final Clock clock;
    private final TokenStore store;
    private final TokenKey key;
    private final SdkObserver observer;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Entry current;
    /** When a failed early refresh may be tried again; {@code null} when none failed. */
    private volatile Instant refreshRetryAt;
    /** Counts failed fetches; a waiter that sees it change got the failure it was waiting for. */
    private volatile long failures;
    /** The last fetch's failure, rethrown to the threads that waited for that fetch. */
    private volatile RuntimeException lastFailure;

    /** A token with the local instants at which to refresh it and at which it expires (null: never). */
    private static final class Entry {
        final TokenInfo info;
        final Instant refreshAt;
        final Instant expiresAt;

        Entry(TokenInfo info, Instant refreshAt, Instant expiresAt) {
            this.info = info;
            this.refreshAt = refreshAt;
            this.expiresAt = expiresAt;
        }
    }

    /**
     * @param fetch authenticates and returns a new token; called with the lock held
     * @param renewable false for a fixed token: it is fetched once and never refreshed
     * @param window how long before expiry to refresh
     * @param clock the time source
     * @param store where tokens are kept between sessions; {@code null} for none (the default, and fixed tokens)
     * @param key the store's key for this session's tokens; {@code null} without a store
     * @param observer told of each new token (the transport's; {@link SdkObserver#NONE} for none)
     */
    public TokenCache(Supplier<TokenInfo> fetch, boolean renewable, Duration window, Clock clock, TokenStore store,
            TokenKey key, SdkObserver observer) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.renewable = renewable;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = store;
        this.key = store == null ? null : Objects.requireNonNull(key, "key");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** @return a token that is not due for refresh, fetching one if needed */
    public TokenInfo current() {
        Entry e = current;
        if (e != null && !passed(e.refreshAt)) {
            return e.info;
        }
        if (e != null && !passed(e.expiresAt)) {
            return refreshEarly(e);
        }
        long failuresBefore = failures;
        lock.lock();
        try {
            Entry again = current;
            if (again != null && !passed(again.refreshAt)) {
                return again.info;
            }
            rethrowFailureSince(failuresBefore); // no usable token, and the fetch this thread waited for failed
            return renewLocked(again == null ? null : again.info.token(),
                    again == null ? TokenEvent.Kind.ISSUED : TokenEvent.Kind.RENEWED).info;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The token is due for refresh but still valid: one thread refreshes while the others keep using it. A
     * failed refresh keeps it too (Keystone may be down while Glance still accepts the token), and the
     * next refresh is tried {@link #REFRESH_RETRY} later, not on every call.
     */
    private TokenInfo refreshEarly(Entry e) {
        Instant retryAt = refreshRetryAt;
        if (retryAt != null && !passed(retryAt) || !lock.tryLock()) {
            return e.info;
        }
        try {
            Entry again = current;
            if (again != e) {
                return again.info; // another thread has refreshed it meanwhile
            }
            try {
                return renewLocked(e.info.token(), TokenEvent.Kind.RENEWED).info;
            } catch (RuntimeException failure) {
                refreshRetryAt = clock.instant().plus(REFRESH_RETRY);
                LOG.warn("Token refresh failed; the current token is used until it expires at {} and the refresh is"
                        + " tried again in {} s: {}", e.expiresAt, REFRESH_RETRY.toSeconds(), failure.getMessage());
                return e.info;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param stale the token a service refused
     * @param refused called (with the lock held) when the token cannot be renewed; it throws
     * @return a token other than {@code stale}
     */
    public TokenInfo replace(AuthToken stale, Runnable refused) {
        Objects.requireNonNull(stale, "stale");
        long failuresBefore = failures;
        lock.lock();
        try {
            Entry e = current;
            if (e != null && !e.info.token().equals(stale)) {
                return e.info;
            }
            if (!renewable) {
                refused.run();
            }
            rethrowFailureSince(failuresBefore);
            return renewLocked(stale, TokenEvent.Kind.REPLACED_AFTER_401).info;
        } finally {
            lock.unlock();
        }
    }

    /** @return the cached token, without fetching; {@code null} before the first authentication */
    public TokenInfo peek() {
        Entry e = current;
        return e == null ? null : e.info;
    }

    /** Called with the lock held: rethrows a fetch that failed while this thread waited for the lock. */
    private void rethrowFailureSince(long failuresBefore) {
        RuntimeException failure = lastFailure;
        if (failures != failuresBefore && failure != null) {
            throw failure;
        }
    }

    /**
     * @param unusable the token being replaced (due for refresh, or refused), or {@code null}
     * @param why what to tell the observer when a new token is fetched
     * @return the stored entry when it holds another token that is not due, else a new token, saved
     */
    private Entry renewLocked(AuthToken unusable, TokenEvent.Kind why) {
        try {
            return fetchLocked(unusable, why);
        } catch (RuntimeException e) {
            lastFailure = e;
            failures++; // only ever written with the lock held
            throw e;
        }
    }

    private Entry fetchLocked(AuthToken unusable, TokenEvent.Kind why) {
        if (store == null) {
            Instant started = clock.instant();
            Entry e = entry(fetch.get(), started);
            current = e;
            return reported(e, why);
        }
        ReentrantLock shared = KEY_LOCKS.computeIfAbsent(key.id(), k -> new ReentrantLock());
        shared.lock();
        try {
            Optional<CachedAuth> stored = store.load(key);
            if (stored.isPresent()) {
                Entry e = entry(stored.get().token(), stored.get().obtainedAt());
                if (!e.info.token().equals(unusable) && !passed(e.refreshAt)) {
                    current = e;
                    return reported(e, TokenEvent.Kind.LOADED);
                }
                store.evict(key);
            }
            Instant started = clock.instant();
            TokenInfo info = fetch.get();
            Entry e = entry(info, started);
            current = e;
            store.save(key, CachedAuth.of(info, started));
            return reported(e, why);
        } finally {
            shared.unlock();
        }
    }

    private Entry reported(Entry e, TokenEvent.Kind why) {
        if (observer != SdkObserver.NONE) {
            observer.token(new TokenEvent(why, "identity", Optional.ofNullable(e.expiresAt)
                    .map(at -> Duration.between(clock.instant(), at))));
        }
        return e;
    }

    private Entry entry(TokenInfo info, Instant started) {
        if (!renewable || info.expiresAt().isEmpty()) {
            return new Entry(info, null, null); // a fixed token: the service says when it stops working
        }
        Instant expires = info.expiresAt().get();
        Duration w = window;
        if (info.issuedAt().isPresent()) {
            Duration lifetime = Duration.between(info.issuedAt().get(), expires);
            if (!lifetime.isNegative()) {
                expires = started.plus(lifetime);
                Duration half = lifetime.dividedBy(2);
                w = half.compareTo(w) < 0 ? half : w;
            }
        }
        return new Entry(info, expires.minus(w), expires);
    }

    private boolean passed(Instant instant) {
        return instant != null && !clock.instant().isBefore(instant);
    }
}
