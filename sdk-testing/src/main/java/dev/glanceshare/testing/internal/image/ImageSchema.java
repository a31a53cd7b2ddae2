package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.Jsons;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks Glance's image JSON schema makes on create and PATCH values. Errors carry jsonschema's first
 * message line after Glance's {@code Provided object does not match schema 'image': } prefix.
 */
final class ImageSchema {
    static final List<String> DISK_FORMATS =
            List.of("ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop");
    static final List<String> CONTAINER_FORMATS =
            List.of("ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed");
    static final List<String> VISIBILITIES = List.of("community", "public", "private", "shared");
    static final String UUID_PATTERN =
            "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$";
    static final List<String> STATUSES = List.of("queued", "saving", "active", "killed", "deleted", "uploading",
            "importing", "pending_delete", "deactivated");

    private ImageSchema() {
    }

    /**
     * Validates one top-level property value.
     *
     * @param key the property
     * @param v its value
     * @throws WebobError 400 when jsonschema would refuse it
     */
    static void validate(String key, JsonNode v) {
        switch (key) {
            case "name", "owner" -> nullOrString(v, 255);
            case "visibility" -> enumOf(v, "'string'", VISIBILITIES, false);
            case "protected", "os_hidden" -> type(v, v.isBoolean(), "'boolean'");
            case "min_ram", "min_disk" -> type(v, v.isIntegralNumber(), "'integer'");
            case "disk_format" -> enumOf(v, "'null', 'string'", DISK_FORMATS, true);
            case "container_format" -> enumOf(v, "'null', 'string'", CONTAINER_FORMATS, true);
            case "id" -> {
                type(v, v.isTextual(), "'string'");
                if (!v.asText().matches(UUID_PATTERN)) {
                    fail(Jsons.repr(v) + " does not match " + Jsons.reprString(UUID_PATTERN));
                }
            }
            case "tags" -> {
                type(v, v.isArray(), "'array'");
                for (JsonNode tag : v) {
                    type(tag, tag.isTextual(), "'string'");
                    maxLength(tag, 255);
                }
            }
            case "checksum" -> nullOrString(v, 32);
            case "os_hash_algo" -> nullOrString(v, 64);
            case "os_hash_value" -> nullOrString(v, 128);
            case "size", "virtual_size" -> type(v, v.isNull() || v.isIntegralNumber(), "'null', 'integer'");
            case "status" -> enumOf(v, "'string'", STATUSES, false);
            case "locations" -> type(v, v.isArray(), "'array'");
            default -> type(v, v.isTextual(), "'string'"); // additionalProperties: {"type": "string"}
        }
    }

    static WebobError invalid(String message) {
        return WebobError.of(400, "Provided object does not match schema 'image': " + message);
    }

    private static void nullOrString(JsonNode v, int max) {
        type(v, v.isNull() || v.isTextual(), "'null', 'string'");
        maxLength(v, max);
    }

    private static void enumOf(JsonNode v, String types, List<String> values, boolean nullable) {
        type(v, v.isTextual() || (nullable && v.isNull()), types);
        if (v.isTextual() && !values.contains(v.asText())) {
            List<String> reprs = new ArrayList<>();
            if (nullable) {
                reprs.add("None");
            }
            values.forEach(s -> reprs.add(Jsons.reprString(s)));
            fail(Jsons.repr(v) + " is not one of [" + String.join(", ", reprs) + "]");
        }
    }

    private static void maxLength(JsonNode v, int max) {
        if (v.isTextual() && v.asText().codePointCount(0, v.asText().length()) > max) {
            fail(Jsons.repr(v) + " is too long");
        }
    }

    private static void type(JsonNode v, boolean ok, String types) {
        if (!ok) {
            fail(Jsons.repr(v) + " is not of type " + types);
        }
    }

    private static void fail(String message) {
        throw invalid(message);
    }

    /** A condensed {@code /v2/schemas/image} (or {@code images}): types and enums, no descriptions. */
    static Map<String, Object> schema(String name) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", PyJson.obj("type", "string", "pattern", UUID_PATTERN));
        props.put("name", PyJson.obj("type", List.of("null", "string"), "maxLength", 255));
        props.put("status", PyJson.obj("type", "string", "readOnly", true, "enum", STATUSES));
        props.put("visibility", PyJson.obj("type", "string", "enum", VISIBILITIES));
        props.put("protected", PyJson.obj("type", "boolean"));
        props.put("os_hidden", PyJson.obj("type", "boolean"));
        props.put("owner", PyJson.obj("type", List.of("null", "string"), "maxLength", 255));
        props.put("tags", PyJson.obj("type", "array", "items", PyJson.obj("type", "string", "maxLength", 255)));
        props.put("min_ram", PyJson.obj("type", "integer"));
        props.put("min_disk", PyJson.obj("type", "integer"));
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("name", "image");
        image.put("properties", props);
        image.put("additionalProperties", PyJson.obj("type", "string"));
        if (name.equals("image")) {
            return image;
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", "images");
        collection.put("properties", PyJson.obj("images", PyJson.obj("type", "array", "items", image)));
        return collection;
    }
}
