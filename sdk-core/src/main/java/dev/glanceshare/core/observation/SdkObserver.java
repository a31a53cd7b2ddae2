package dev.glanceshare.core.observation;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives what the SDK does: each operation (one call of a service client, its retries and a resend after a
 * 401 included) and each HTTP exchange (one request on the wire and its response), token events, and the
 * connection pools of the transports it is attached to. Attach it with {@code
 * TransportOptions.builder().observer(observer)}: the session and every client on that transport report to it.
 *
 * <p>Every method has a default that does nothing, so an implementation overrides only what it needs.
 * Implementations must be thread-safe and fast: they run on the calling thread, inside the call. An exception
 * thrown by an observer is not caught: it reaches the caller, so an observer must not throw.
 *
 * <pre>{@code
 * SdkObserver log = SdkObserver.onFinished(event -> System.out.println(event));
 * try (KeystoneSession session = cloud.toSessionBuilder()
 *         .transportOptions(TransportOptions.builder().observer(log).build()).build()) { ... }
 * }</pre>
 *
 * <p>With {@link #NONE} (the default) the SDK adds no interceptor and creates no event: the hook costs nothing.
 */
public interface SdkObserver {
    /** Observes nothing; the SDK skips all observation work for it. */
    SdkObserver NONE = new SdkObserver() {
        @Override
        public String toString() {
            return "SdkObserver.NONE";
        }
    };

    /**
     * An operation or exchange starts. Called on the thread that makes the call, before anything is sent.
     *
     * @param start what starts
     * @return what receives the end of this call; {@link Scope#NONE} when nothing is needed
     */
    default Scope started(CallStart start) {
        return Scope.NONE;
    }

    /**
     * A session got a token, renewed it before it expired or replaced it after a service refused it.
     *
     * @param event what happened; never holds the token
     */
    default void token(TokenEvent event) {}

    /**
     * A transport with a connection pool was created with this observer.
     *
     * @param pool reads the pool's state on demand (cheap: a few counters under the pool's lock)
     */
    default void poolOpened(ConnectionPoolView pool) {}

    /**
     * A transport reported by {@link #poolOpened} was closed.
     *
     * @param pool the same object as was opened
     */
    default void poolClosed(ConnectionPoolView pool) {}

    /**
     * An observer that only wants the finished calls, as one event each.
     *
     * @param listener receives each finished operation and exchange
     * @return the observer
     */
    static SdkObserver onFinished(Consumer<CallEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        Scope scope = listener::accept;
        return new SdkObserver() {
            @Override
            public Scope started(CallStart start) {
                return scope;
            }
        };
    }

    /** Receives the end of one operation or exchange. */
    @FunctionalInterface
    interface Scope {
        /** Does nothing. */
        Scope NONE = event -> {};

        /**
         * The call ended, with a response or an exception.
         *
         * @param event what happened, how long it took
         */
        void finished(CallEvent event);
    }
}
