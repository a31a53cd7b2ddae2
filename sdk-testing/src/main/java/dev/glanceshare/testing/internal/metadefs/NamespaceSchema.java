package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.Jsons;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks Glance's metadef request schemas make: read-only fields (403), then required fields, unknown
 * fields, types, enums and lengths (400, with jsonschema's message after Glance's prefix).
 */
final class NamespaceSchema {
    private static final Set<String> READ_ONLY = Set.of("self", "schema", "created_at", "updated_at");
    private static final Map<String, Integer> NS_STRINGS = Map.of("namespace", 80, "display_name", 80,
            "description", 500, "owner", 255);
    private static final Set<String> NS_OTHER = Set.of("visibility", "protected", "resource_type_associations",
            "properties", "objects", "tags");

    private NamespaceSchema() {
    }

    /**
     * Validates a namespace body (create and update).
     *
     * @param body the request body
     */
    static void validate(JsonNode body) {
        readOnly(body);
        if (!body.isObject()) {
            fail("namespace", Jsons.repr(body) + " is not of type 'object'");
        }
        require(body, "namespace", "namespace");
        body.fieldNames().forEachRemaining(k -> {
            if (!NS_STRINGS.containsKey(k) && !NS_OTHER.contains(k)) {
                fail("namespace", "Additional properties are not allowed (" + Jsons.reprString(k) + " was unexpected)");
            }
        });
        NS_STRINGS.forEach((k, max) -> string(body.get(k), max, "namespace"));
        JsonNode visibility = body.get("visibility");
        if (visibility != null) {
            string(visibility, Integer.MAX_VALUE, "namespace");
            if (!List.of("public", "private").contains(visibility.asText())) {
                fail("namespace", Jsons.repr(visibility) + " is not one of ['public', 'private']");
            }
        }
        JsonNode prot = body.get("protected");
        if (prot != null && !prot.isBoolean()) {
            fail("namespace", Jsons.repr(prot) + " is not of type 'boolean'");
        }
    }

    /**
     * Validates an object body.
     *
     * @param body the request body
     */
    static void validateObject(JsonNode body) {
        readOnly(body);
        require(body, "name", "object");
        string(body.get("name"), 80, "object");
        string(body.get("description"), 500, "object");
        properties(body.get("properties"), "object");
    }

    /**
     * Validates a property body.
     *
     * @param body the request body
     */
    static void validateProperty(JsonNode body) {
        readOnly(body);
        require(body, "name", "property");
        require(body, "title", "property");
        require(body, "type", "property");
        string(body.get("name"), 80, "property");
        string(body.get("title"), Integer.MAX_VALUE, "property");
    }

    /**
     * Validates a body with a {@code name} (a tag or a resource type association).
     *
     * @param body the request body
     * @param schema the schema's name for messages
     */
    static void validateNamed(JsonNode body, String schema) {
        readOnly(body);
        require(body, "name", schema);
        string(body.get("name"), 80, schema);
    }

    private static void properties(JsonNode props, String schema) {
        if (props == null) {
            return;
        }
        if (!props.isObject()) {
            fail(schema, Jsons.repr(props) + " is not of type 'object'");
        }
        props.properties().forEach(p -> {
            require(p.getValue(), "title", schema);
            require(p.getValue(), "type", schema);
        });
    }

    private static void readOnly(JsonNode body) {
        for (String key : READ_ONLY) {
            if (body.has(key)) {
                throw WebobError.of(403, "Attribute '" + key + "' is read-only.");
            }
        }
    }

    private static void require(JsonNode body, String key, String schema) {
        if (!body.isObject() || !body.has(key)) {
            fail(schema, Jsons.reprString(key) + " is a required property");
        }
    }

    private static void string(JsonNode v, int max, String schema) {
        if (v == null) {
            return;
        }
        if (!v.isTextual()) {
            fail(schema, Jsons.repr(v) + " is not of type 'string'");
        }
        if (v.asText().codePointCount(0, v.asText().length()) > max) {
            fail(schema, Jsons.repr(v) + " is too long");
        }
    }

    private static void fail(String schema, String message) {
        throw WebobError.of(400, "Provided object does not match schema '" + schema + "': " + message);
    }
}
