package dev.glanceshare.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An issued token. The value is a bearer secret: {@link #toString()} never shows it, and the SDK never
 * logs it or puts it in an exception message. Two tokens are equal when their values are.
 */
public final class AuthToken {
    private final String value;
    private final Instant expiresAt;

    private AuthToken(String value, Instant expiresAt) {
        this.value = Objects.requireNonNull(value, "token value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("Token value is blank");
        }
        this.expiresAt = expiresAt;
    }

    /**
     * @param value the token, as sent in {@code X-Auth-Token}
     * @param expiresAt when it expires, or {@code null} if unknown (a pre-issued token)
     * @return the token
     */
    public static AuthToken of(String value, Instant expiresAt) {
        return new AuthToken(value, expiresAt);
    }

    /** @return the secret value, for the {@code X-Auth-Token} header only */
    public String value() {
        return value;
    }

    /** @return when the token expires, if known */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthToken && ((AuthToken) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the expiry only; the value is redacted */
    @Override
    public String toString() {
        return "AuthToken[value=<redacted>, expiresAt=" + (expiresAt == null ? "unknown" : expiresAt) + "]";
    }
}
