package dev.glanceshare.core.observation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A session's token changed. Never holds the token itself.
 *
 * @param kind issued, renewed or replaced
 * @param service the service that issued it: {@code identity}
 * @param lifetime how long the new token is valid from now, when Keystone said when it expires
 */
public record TokenEvent(Kind kind, String service, Optional<Duration> lifetime) {
    /**
     * Checks that nothing is null.
     *
     * @param kind as above
     * @param service as above
     * @param lifetime as above
     */
    public TokenEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(lifetime, "lifetime");
    }

    /** Why the session has a new token. */
    public enum Kind {
        /** The session's first token (a request to Keystone). */
        ISSUED,
        /** A new token fetched because the old one was about to expire. */
        RENEWED,
        /** A new token fetched because a service answered 401 to the old one. */
        REPLACED_AFTER_401,
        /** A token taken from a persistent token store, without a request. */
        LOADED
    }
}
