package dev.glanceshare.core.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the UTC timestamps OpenStack services write ({@code 2026-11-22T22:44:00Z} from Glance,
 * {@code 2026-11-22T23:50:42.000000Z} from Keystone) without {@code java.time.format}. The first use of
 * a {@code DateTimeFormatter} costs 20 to 50 ms in a new JVM; a short-lived process reads a few
 * timestamps and should not pay that. Anything else is left to the caller's {@code java.time} parser.
 */
public final class Timestamps {
    private Timestamps() {}

    /**
     * @param text a timestamp
     * @return the instant when the text is {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} with 1 to 9 fraction
     *     digits and a valid date and time; {@code null} for any other text (parse it with
     *     {@link Instant#parse} or {@code OffsetDateTime.parse}, which also report errors)
     */
    public static Instant utc(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, n - 1);
            for (int i = fraction; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || nanos < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
        } catch (DateTimeException e) {
            return null; // such as February 30: java.time's parser says what is wrong
        }
    }

    /** @return the decimal value of {@code text[from, to)}, or -1 when a character is not a digit */
    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
