package dev.glanceshare.core.internal;

import dev.glanceshare.core.http.Headers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code Retry-After}: delay-seconds or an HTTP date. */
public final class RetryAfter {
    private RetryAfter() {}

    /**
     * @param headers response headers
     * @return the delay asked for; empty when the header is absent or unreadable
     */
    public static Optional<Duration> parse(Headers headers) {
        return parse(headers, Instant.now());
    }

    /**
     * @param headers response headers
     * @param now the current time, for HTTP dates
     * @return the delay asked for; empty when the header is absent or unreadable
     */
    public static Optional<Duration> parse(Headers headers, Instant now) {
        return headers.first("Retry-After").flatMap(v -> parse(v.trim(), now));
    }

    /**
     * @param value the header value
     * @param now the current time, for HTTP dates
     * @return the delay; never negative
     */
    public static Optional<Duration> parse(String value, Instant now) {
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
