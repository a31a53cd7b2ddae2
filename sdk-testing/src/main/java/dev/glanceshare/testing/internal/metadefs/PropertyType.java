package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A property definition as Glance's {@code PropertyType} WSME model keeps it: the known fields only, in the
 * model's declaration order (which is the order Glance renders them), {@code default} as text, unknown keys
 * dropped. Definitions are stored normalised, so what is shown is what real Glance shows.
 */
final class PropertyType {
    private static final List<String> TEXT = List.of("name", "type", "title", "description", "pattern");
    private static final List<String> ORDER = List.of("name", "type", "title", "description", "operators", "default",
            "readonly", "minimum", "maximum", "enum", "pattern", "minLength", "maxLength", "confidential", "items",
            "uniqueItems", "minItems", "maxItems", "additionalItems");

    private PropertyType() {
    }

    /**
     * Normalises a definition.
     *
     * @param in the JSON object of one property
     * @param keepName whether {@code name} is kept (a namespace's own property list leaves it out)
     * @return the normalised definition
     * @throws WebobError 400 when a field has the wrong type
     */
    static Map<String, Object> of(JsonNode in, boolean keepName) {
        if (!in.isObject()) {
            throw WebobError.of(400, "Invalid input for field/attribute properties. Value: " + in + ".");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : ORDER) {
            JsonNode v = in.get(key);
            if (v == null || v.isNull() || (key.equals("name") && !keepName)) {
                continue;
            }
            out.put(key, value(key, v));
        }
        return out;
    }

    private static Object value(String key, JsonNode v) {
        if (TEXT.contains(key)) {
            return v.isTextual() ? v.asText() : pyStr(v);
        }
        switch (key) {
            case "default":
                return v.isTextual() ? v.asText() : pyStr(v);
            case "operators", "enum":
                return texts(key, v);
            case "items":
                Map<String, Object> items = new LinkedHashMap<>();
                if (v.has("type")) {
                    items.put("type", v.get("type").asText());
                }
                if (v.has("enum")) {
                    items.put("enum", texts("enum", v.get("enum")));
                }
                return items;
            case "readonly", "confidential", "uniqueItems", "additionalItems":
                if (!v.isBoolean()) {
                    throw invalid(key, v);
                }
                return v.booleanValue();
            default: // the integers
                if (!v.isIntegralNumber()) {
                    throw invalid(key, v);
                }
                return v.bigIntegerValue();
        }
    }

    private static List<String> texts(String key, JsonNode v) {
        if (!v.isArray()) {
            throw invalid(key, v);
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.isTextual() ? e.asText() : pyStr(e)));
        return out;
    }

    // Python's str() of a JSON scalar, as WSME applies to text fields
    private static String pyStr(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        return v.isNumber() ? v.numberValue().toString() : v.toString();
    }

    private static WebobError invalid(String key, JsonNode v) {
        return WebobError.of(400, "Invalid input for field/attribute " + key + ". Value: " + v + ".");
    }
}
