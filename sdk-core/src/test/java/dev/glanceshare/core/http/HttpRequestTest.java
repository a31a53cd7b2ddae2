package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused while the request is built, before anything is sent. */
class HttpRequestTest {
    private static final URI IMAGES = URI.create("http://glance/v2/images");

    @Test
    void headerValueWithLineBreakIsRefused() {
        assertThatThrownBy(() -> HttpRequest.builder("GET", IMAGES).header("X-Image-Meta-Name", "a\r\nX-Auth-Token: x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
    }

    @Test
    void invalidHeaderNameOrMethodIsRefused() {
        assertThatThrownBy(() -> HttpRequest.builder("GET", IMAGES).header("Bad Name", "v"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpRequest.builder("GET /x", IMAGES)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAbsoluteHttpUrisAreAccepted() {
        assertThatThrownBy(() -> HttpRequest.builder("GET", URI.create("/v2/images")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpRequest.builder("GET", URI.create("file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingUploadFileIsRefusedWhenTheBodyIsMade(@TempDir Path dir) {
        Path missing = dir.resolve("no-such.img");

        assertThatThrownBy(() -> RequestBody.of(missing, "application/octet-stream"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a readable file: " + missing);
        assertThatThrownBy(() -> RequestBody.of(dir, "application/octet-stream"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerNamesCompareWithoutCase() {
        HttpRequest request = HttpRequest.builder("get", IMAGES).header("X-Auth-Token", "a").header("x-auth-token", "b").build();

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.headers().all("X-AUTH-TOKEN")).containsExactly("b");
        assertThat(request.toString()).isEqualTo("GET http://glance/v2/images");
    }

    @Test
    void idempotentMethodsAreTheOnesSafeToResend() {
        assertThat(HttpRequest.builder("PUT", IMAGES).build().isIdempotent()).isTrue();
        assertThat(HttpRequest.builder("DELETE", IMAGES).build().isIdempotent()).isTrue();
        assertThat(HttpRequest.builder("POST", IMAGES).build().isIdempotent()).isFalse();
        assertThat(HttpRequest.builder("PATCH", IMAGES).build().isIdempotent()).isFalse();
    }
}
