package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class StartupTest {

    @Test
    void listensOnLoopbackOnlyOnTwoPortsWithUnversionedImageUrl() {
        try (FakeOpenStack fake = FakeOpenStack.builder().region("RegionTwo").start()) {
            assertThat(fake.identityUrl()).isEqualTo("http://127.0.0.1:" + fake.identityPort() + "/v3");
            assertThat(fake.imageUrl()).isEqualTo("http://127.0.0.1:" + fake.imagePort());
            assertThat(fake.identityPort()).isNotEqualTo(fake.imagePort());
            assertThat(fake.region()).isEqualTo("RegionTwo");
        }
    }

    @Test
    void closingFreesThePortsAndRefusesFurtherRequests() {
        FakeOpenStack fake = FakeOpenStack.builder().start();
        int port = fake.identityPort();
        fake.close();
        assertThatThrownBy(() -> Wire.get(fake.identityUrl()).send()).isInstanceOf(UncheckedIOException.class);
        try (FakeOpenStack again = FakeOpenStack.builder().identityPort(port).start()) {
            assertThat(Wire.get(again.identityUrl()).send().status()).isEqualTo(200);
        }
    }

    @Test
    void aTakenPortFailsTheStartWithTheReason() {
        try (FakeOpenStack fake = FakeOpenStack.builder().start()) {
            assertThatThrownBy(() -> FakeOpenStack.builder().imagePort(fake.imagePort()).start())
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(String.valueOf(fake.imagePort()));
        }
    }
}
