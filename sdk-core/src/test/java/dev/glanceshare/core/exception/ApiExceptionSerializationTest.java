package dev.glanceshare.core.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiExceptionSerializationTest {
    @Test
    void anExceptionKeepsItsDetailsAcrossSerialization() throws Exception {
        ApiException original = ErrorResponse.builder().service("Glance").method("POST")
                .uri(URI.create("http://glance/v2/images/x/members")).status(429).requestId("req-1")
                .serverMessage("slow down").retryAfter(Duration.ofSeconds(3)).build().toException();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        ApiException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ApiException) in.readObject();
        }

        assertThat(copy).isInstanceOf(RateLimitedException.class).hasMessage(original.getMessage());
        assertThat(copy.status()).isEqualTo(429);
        assertThat(copy.requestId()).contains("req-1");
        assertThat(((RateLimitedException) copy).retryAfter()).contains(Duration.ofSeconds(3));
    }
}
