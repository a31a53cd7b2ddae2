package dev.glanceshare.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The SDK's one JSON configuration: unknown properties are ignored (services add fields), absent
 * {@code Optional}s are not written, and time is {@link java.time.Instant} in ISO-8601. Immutable and
 * thread-safe; the mapper inside is never handed out, so nobody can change its configuration.
 */
public final class JsonCodec {
    private static final JsonCodec STANDARD = new JsonCodec();

    private JsonCodec() {}

    /**
     * The mapper, for binding values to and from classes. Built on first use: trees (what the SDK itself
     * reads and writes) go through {@link JsonTrees}, so a process that never binds a class never pays
     * for setting a mapper up.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();

        private Mapper() {}
    }

    /** @return the codec every SDK module uses */
    public static JsonCodec standard() {
        return STANDARD;
    }

    /**
     * @param json the bytes
     * @param type the target class
     * @param <T> the target type
     * @return the value
     * @throws IOException when the bytes are not JSON of that shape
     */
    public <T> T read(byte[] json, Class<T> type) throws IOException {
        if (type == JsonNode.class) {
            return type.cast(readTree(json));
        }
        return Mapper.INSTANCE.readValue(json, type);
    }

    /**
     * Reads a body with a streaming decoder. Like {@link #readTree}, it reads the first JSON value and ignores
     * what follows it.
     *
     * @param json the bytes
     * @param decoder reads the value from the parser, which stands on its first token
     * @param <T> the value's type
     * @return the value
     * @throws IOException when the bytes are not JSON, or empty
     */
    public <T> T read(byte[] json, JsonDecoder<T> decoder) throws IOException {
        try (JsonParser parser = JsonTrees.parser(json)) {
            if (parser.nextToken() == null) {
                throw new IOException("empty body where JSON was expected");
            }
            return decoder.decode(parser);
        }
    }

    /**
     * Reads the value the parser stands on, however nested, and gives it back as compact JSON text, as
     * {@link JsonNode#toString()} would.
     *
     * @param parser positioned on the value's first token; left on its last
     * @return the JSON text
     * @throws IOException when the bytes are not JSON
     */
    public String valueAsJson(JsonParser parser) throws IOException {
        return JsonTrees.copyAsText(parser);
    }

    /**
     * @param json the bytes
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws IOException when the bytes are not JSON of that shape
     */
    public <T> T read(byte[] json, TypeReference<T> type) throws IOException {
        return Mapper.INSTANCE.readValue(json, type);
    }

    /**
     * @param json the bytes
     * @return the JSON tree
     * @throws IOException when the bytes are not JSON, or empty
     */
    public JsonNode readTree(byte[] json) throws IOException {
        JsonNode node = JsonTrees.read(json);
        if (node == null || node.isMissingNode()) { // Jackson 2.10+ answers an empty input with MissingNode
            throw new IOException("empty body where JSON was expected");
        }
        return node;
    }

    /**
     * @param node a JSON tree
     * @param type the target class
     * @param <T> the target type
     * @return the value
     * @throws IOException when the tree does not have that shape
     */
    public <T> T convert(JsonNode node, Class<T> type) throws IOException {
        return Mapper.INSTANCE.treeToValue(node, type);
    }

    /**
     * @param value any value the SDK models
     * @return its JSON
     */
    public byte[] write(Object value) {
        if (value instanceof JsonNode && JsonTrees.writable((JsonNode) value)) {
            return JsonTrees.writeBytes((JsonNode) value);
        }
        try {
            return Mapper.INSTANCE.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @param value any value the SDK models, or a JSON tree
     * @return its JSON as compact text
     */
    public String writeString(Object value) {
        if (value instanceof JsonNode && JsonTrees.writable((JsonNode) value)) {
            return JsonTrees.writeString((JsonNode) value);
        }
        try {
            return Mapper.INSTANCE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** @return a new, empty JSON object node to build request bodies */
    public com.fasterxml.jackson.databind.node.ObjectNode objectNode() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** @return a new, empty JSON array node */
    public com.fasterxml.jackson.databind.node.ArrayNode arrayNode() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * @param value a value
     * @return its JSON tree
     */
    public JsonNode toTree(Object value) {
        return Mapper.INSTANCE.valueToTree(value);
    }
}
