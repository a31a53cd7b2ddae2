package dev.glanceshare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
    /** A stand-in for a model class. */
    public static final class Stamp {
        public String id;
        public Instant createdAt;
        public Optional<String> owner = Optional.empty();

        public void setCreated_at(Instant value) {
            createdAt = value;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unknownFieldsAreIgnoredAndTimesAreInstants() throws IOException {
        Stamp glance = JsonCodec.standard().read(bytes("{\"id\": \"9faa\", \"created_at\": \"2026-11-22T22:44:00Z\","
                + " \"os_hash_algo\": \"sha512\"}"), Stamp.class);
        Stamp keystone = JsonCodec.standard().read(bytes("{\"created_at\": \"2026-11-22T23:50:42.000000Z\"}"), Stamp.class);

        assertThat(glance.id).isEqualTo("9faa");
        assertThat(glance.createdAt).isEqualTo(Instant.parse("2026-11-22T22:44:00Z"));
        assertThat(keystone.createdAt).isEqualTo(Instant.parse("2026-11-22T23:50:42Z"));
    }

    @Test
    void absentOptionalsAreNotWrittenAndInstantsAreIsoText() {
        Stamp stamp = new Stamp();
        stamp.id = "9faa";
        stamp.createdAt = Instant.parse("2026-11-22T22:44:00Z");

        assertThat(JsonCodec.standard().writeString(stamp))
                .isEqualTo("{\"id\":\"9faa\",\"createdAt\":\"2026-11-22T22:44:00Z\"}");
    }

    @Test
    void emptyBodyIsNotATree() {
        assertThatThrownBy(() -> JsonCodec.standard().readTree(new byte[0]))
                .isInstanceOf(IOException.class).hasMessageContaining("empty body");
    }
}
