package dev.glanceshare.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ID shapes checked before any request: exactly a dashed UUID, or 32 hex digits for a project. */
class IdsTest {
    @Test
    void aUuidIsEightFourFourFourTwelveHexDigitsInEitherCase() {
        assertThat(Ids.isUuid("9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b")).isTrue();
        assertThat(Ids.isUuid("9FAA0B4E-1C2D-4E5F-8A9B-0C1D2E3F4A5B")).isTrue();
        assertThat(Ids.isUuid("9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5")).isFalse();
        assertThat(Ids.isUuid("9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5bb")).isFalse();
        assertThat(Ids.isUuid("9faa0b4e11c2d-4e5f-8a9b-0c1d2e3f4a5b")).isFalse();
        assertThat(Ids.isUuid("9faa0b4g-1c2d-4e5f-8a9b-0c1d2e3f4a5b")).isFalse();
        assertThat(Ids.isUuid("9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5/")).isFalse();
        assertThat(Ids.isUuid(null)).isFalse();
    }

    @Test
    void aProjectIdIs32HexDigitsOrAUuid() {
        assertThat(Ids.isProjectId("d34b00112233445566778899aabbccdd")).isTrue();
        assertThat(Ids.isProjectId("D34B00112233445566778899AABBCCDD")).isTrue();
        assertThat(Ids.isProjectId("9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b")).isTrue();
        assertThat(Ids.isProjectId("d34b00112233445566778899aabbccd")).isFalse();
        assertThat(Ids.isProjectId("d34b00112233445566778899aabbccdz")).isFalse();
        assertThat(Ids.isProjectId("demo")).isFalse();
        assertThat(Ids.isProjectId("../../v3/auth/tokens")).isFalse();
    }
}
