package dev.glanceshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionNumbersTest {
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "5.3.1, 5.4, -1",
        "5.4, 5.4, 0",
        "5.4.0, 5.4, 0",
        "5.4-alpha1, 5.4, 0",
        "5.5, 5.4, 1",
        "5.10, 5.9, 1",
        "2.14.3, 2.15, -1",
        "2.15.4, 2.15, 1",
        "2.20, 2.15, 1",
        "3.0.0, 2.99, 1",
        "2.15.0-SNAPSHOT, 2.15, 0",
        "unknown, 2.15, -1",
    })
    void comparesByNumbers(String a, String b, int expected) {
        assertThat(Integer.signum(VersionNumbers.compare(a, b))).isEqualTo(expected);
        assertThat(Integer.signum(VersionNumbers.compare(b, a))).isEqualTo(-expected);
    }
}
