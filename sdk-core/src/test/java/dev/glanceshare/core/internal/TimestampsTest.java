package dev.glanceshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void glanceAndKeystoneTimestampsReadAsInstantParseReadsThem() {
        assertThat(Timestamps.utc("2026-11-22T22:44:00Z")).isEqualTo(Instant.parse("2026-11-22T22:44:00Z"));
        assertThat(Timestamps.utc("2026-11-22T23:50:42.000000Z")).isEqualTo(Instant.parse("2026-11-22T23:50:42Z"));
        assertThat(Timestamps.utc("2026-11-22T23:50:42.5Z")).isEqualTo(Instant.parse("2026-11-22T23:50:42.500Z"));
        assertThat(Timestamps.utc("1970-01-01T00:00:00.000000001Z")).isEqualTo(Instant.ofEpochSecond(0, 1));
        assertThat(Timestamps.utc("2024-02-29T12:00:00Z")).isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
    }

    @Test
    void randomInstantsWithEveryFractionLengthRoundTrip() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            Instant expected = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * 2L, random.nextInt(1_000_000_000));
            int digits = 1 + i % 9;
            expected = expected.truncatedTo(ChronoUnit.SECONDS).plusNanos(expected.getNano()
                    / (int) Math.pow(10, 9 - digits) * (int) Math.pow(10, 9 - digits));
            String text = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss." + "S".repeat(digits) + "'Z'")
                    .withZone(java.time.ZoneOffset.UTC).format(expected);
            assertThat(Timestamps.utc(text)).as(text).isEqualTo(expected).isEqualTo(Instant.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T22:44:00", "2026-11-22T22:44:00+00:00", "2026-11-22 22:44:00Z",
        "2026-13-22T22:44:00Z", "2026-02-30T22:44:00Z", "2026-11-22T24:00:00Z", "2026-11-22T23:59:60Z",
        "2026-11-22T22:44:00.Z", "2026-11-22T22:44:00.1234567890Z", "2026-11-2xT22:44:00Z", "+2026-11-22T22:44:00Z",
        "not a time at all, really", ""})
    void anythingElseIsLeftToJavaTime(String text) {
        assertThat(Timestamps.utc(text)).isNull();
    }
}
