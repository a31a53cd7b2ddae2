package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportOptionsTest {
    @Test
    void proxyWithCredentialsIsRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> TransportOptions.builder().proxy(URI.create("http://bob:pw123@proxy:3128")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not supported")
                .message().doesNotContain("pw123");
    }

    @Test
    void proxyMustBeHttpWithAHost() {
        assertThatThrownBy(() -> TransportOptions.builder().proxy(URI.create("socks5://proxy:1080")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://host:port");
        assertThatThrownBy(() -> TransportOptions.builder().proxy(URI.create("http://proxy")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://host:port");
        assertThat(TransportOptions.builder().proxy(URI.create("http://proxy:3128")).build().proxy())
                .contains(URI.create("http://proxy:3128"));
    }

    @Test
    void toStringLeavesOutTheTrustStorePassword() {
        TransportOptions options = TransportOptions.builder()
                .trustStore(Path.of("/etc/trust.p12"), "store-secret".toCharArray(), "PKCS12").build();

        assertThat(options.toString()).contains("trustStore=/etc/trust.p12").doesNotContain("store-secret");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> TransportOptions.builder().responseTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("responseTimeout");
    }
}
