package dev.glanceshare.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"token\": {\"methods\": [\"password\"], \"expires_at\": \"2026-11-22T23:50:42.000000Z\", \"is_domain\": false,"
                + " \"user\": {\"id\": \"9c\", \"password_expires_at\": null}, \"roles\": []}}",
        "[1, -2, 2147483648, 92233720368547758070, 1.5, -0.0, 1e300, 1.0E-7, 12345678901234567890.123]",
        "\"caf\\u00e9 \\\"quoted\\\" \\n \\u2603 \u00e9\"",
        "{\"a\": 1, \"a\": 2, \"b\": {\"c\": [true, false, null, {}, []]}}",
        "{\"trailing\": true} garbage",
        "  42  "
    })
    void treesAreReadAndWrittenExactlyAsAnObjectMapperDoes(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = mapper.readTree(json);

        JsonNode tree = JsonCodec.standard().readTree(bytes(json));

        assertThat(tree).isEqualTo(expected);
        assertThat(JsonCodec.standard().writeString(tree)).isEqualTo(mapper.writeValueAsString(expected));
        assertThat(JsonCodec.standard().write(tree)).isEqualTo(mapper.writeValueAsBytes(expected));
        assertThat(JsonCodec.standard().read(bytes(json), JsonNode.class)).isEqualTo(expected);
    }

    @Test
    void malformedJsonIsAnIOException() {
        assertThatThrownBy(() -> JsonCodec.standard().readTree(bytes("{\"a\": ")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonCodec.standard().readTree(bytes("{\"a\" 1}")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aTreeHoldingAValueIsWrittenThroughTheMapper() {
        ObjectNode node = JsonCodec.standard().objectNode();
        node.set("stamp", new POJONode(Instant.parse("2026-11-22T22:44:00Z")));

        assertThat(JsonCodec.standard().writeString(node)).isEqualTo("{\"stamp\":\"2026-11-22T22:44:00Z\"}");
    }
}
