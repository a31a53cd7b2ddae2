package dev.glanceshare.testing.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parsing request bodies like Python's {@code json.loads}, and Python {@code repr} for error messages. */
public final class Jsons {
    // Immutable once built, so sharing it is safe; Python accepts NaN/Infinity and rejects trailing data.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private Jsons() {
    }

    /**
     * Parses a body.
     *
     * @param body the bytes
     * @return the tree, or empty when the bytes are not one well-formed JSON value
     */
    public static Optional<JsonNode> parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Converts a tree to plain Java values (ordered maps, lists, strings, numbers, booleans, null).
     *
     * @param node the tree
     * @return the value
     */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), toJava(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(toJava(n)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
    }

    /**
     * Renders a JSON value as Python's {@code repr} of the decoded value, as jsonschema and Glance put it in
     * error messages ({@code 'x'}, {@code None}, {@code True}, {@code [1, 'a']}).
     *
     * @param node the value
     * @return the repr text
     */
    public static String repr(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isTextual()) {
            return reprString(node.asText());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.bigIntegerValue().toString() : Double.toString(node.doubleValue());
        }
        StringBuilder out = new StringBuilder(node.isArray() ? "[" : "{");
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.append(first ? "" : ", ").append(reprString(e.getKey())).append(": ").append(repr(e.getValue()));
            first = false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                out.append(first ? "" : ", ").append(repr(item));
                first = false;
            }
        }
        return out.append(node.isArray() ? "]" : "}").toString();
    }

    /**
     * Python's {@code repr} of a string: single quotes unless the text holds a single quote and no double
     * quote.
     *
     * @param s the text
     * @return the quoted text
     */
    public static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : s.toCharArray()) {
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }
}
