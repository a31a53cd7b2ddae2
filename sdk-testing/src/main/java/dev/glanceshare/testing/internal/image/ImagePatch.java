package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code PATCH /v2/images/{id}}: Glance's JSON-patch dialects (v2.1 is draft 10 {@code op/path/value},
 * v2.0 is draft 4 {@code {"replace": "/name", "value": ...}}), applied to a copy and saved only when every
 * operation succeeded.
 */
final class ImagePatch {
    static final String V20 = "application/openstack-images-v2.0-json-patch";
    static final String V21 = "application/openstack-images-v2.1-json-patch";
    private static final Set<String> READ_ONLY = Set.of("created_at", "updated_at", "status", "checksum", "size",
            "virtual_size", "direct_url", "self", "file", "schema", "id", "os_hash_algo", "os_hash_value");
    private static final Set<String> RESERVED = Set.of("location", "deleted", "deleted_at");
    private static final Set<String> ATTRIBUTES = Set.of("name", "visibility", "protected", "os_hidden",
            "min_disk", "min_ram", "disk_format", "container_format", "owner", "tags", "locations", "status",
            "checksum", "size", "virtual_size", "created_at", "updated_at", "os_hash_algo", "os_hash_value");

    private record Change(String op, String path, JsonNode value) {
    }

    private final GlanceEnv env;

    ImagePatch(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse update(Caller caller, HttpRequest request, String id) {
        String type = Bodies.mediaType(request);
        // webob's 415 template shows the whole header, parameters included
        if (!type.equals(V20) && !type.equals(V21)) {
            throw WebobError.unsupportedMediaType(request.header("Content-Type").orElse(""))
                    .header("Accept-Patch", V20 + ", " + V21);
        }
        List<Change> changes = parse(Bodies.required(request), type.equals(V21));
        return env.store().locked(() -> {
            ImageRecord r = env.store().get(id).filter(caller::canSee)
                    .orElseThrow(() -> WebobError.of(404, "No image found with ID " + id));
            for (Change c : changes) {
                apply(caller, r, c, type.equals(V20));
            }
            if (!changes.isEmpty()) {
                Quotas.checkTags(r.tags.size(), env.config().tagQuota(), null);
                Quotas.checkProperties(r.properties.size());
                r.updatedAt = env.now();
                env.store().put(r);
            }
            return HttpResponse.json(200, PyJson.dumps(ImageView.image(r), false));
        });
    }

    private static List<Change> parse(JsonNode body, boolean draft10) {
        if (!body.isArray()) {
            throw WebobError.of(400, "Request body must be a JSON array of operation objects.");
        }
        List<Change> changes = new ArrayList<>();
        for (JsonNode raw : body) {
            if (!raw.isObject()) {
                throw WebobError.of(400, "Operations must be JSON objects.");
            }
            String op;
            JsonNode pointer;
            if (draft10) {
                JsonNode opNode = raw.get("op");
                if (opNode == null || opNode.isNull()) {
                    throw WebobError.of(400, "Unable to find `op` in JSON Schema change. It must be one of the"
                            + " following: add, remove, replace.");
                }
                op = opNode.asText();
                if (!opNode.isTextual() || !List.of("add", "remove", "replace").contains(op)) {
                    throw WebobError.of(400, "Invalid operation: `" + op + "`. It must be one of the following:"
                            + " add, remove, replace.");
                }
                pointer = raw.get("path");
                if (pointer == null) {
                    throw WebobError.of(400, "Unable to find 'path' in JSON Schema change");
                }
            } else {
                op = null;
                for (String candidate : List.of("add", "remove", "replace")) {
                    if (raw.has(candidate)) {
                        if (op != null) {
                            throw WebobError.of(400, "Operation objects must contain only one member named"
                                    + " \"add\", \"remove\", or \"replace\".");
                        }
                        op = candidate;
                    }
                }
                if (op == null) {
                    throw WebobError.of(400, "Operation objects must contain exactly one member named \"add\","
                            + " \"remove\", or \"replace\".");
                }
                pointer = raw.get(op);
            }
            String path = JsonPointer.decode(pointer);
            JsonNode value = null;
            if (!op.equals("remove")) {
                if (!raw.has("value")) {
                    throw WebobError.of(400, "Operation \"" + op + "\" requires a member named \"value\".");
                }
                value = raw.get("value");
            }
            validate(op, path, value);
            changes.add(new Change(op, path, value));
        }
        return changes;
    }

    private static void validate(String op, String path, JsonNode value) {
        if (path.equals("locations") && !op.equals("replace")) {
            throw WebobError.of(400, "Invalid JSON pointer for this resource: '/locations'"); // needs /locations/N
        }
        if (READ_ONLY.contains(path)) {
            throw WebobError.of(403, "Attribute '" + path + "' is read-only.");
        }
        if (RESERVED.contains(path) || path.startsWith("os_glance")) {
            throw WebobError.of(403, "Attribute '" + path + "' is reserved.");
        }
        if (!op.equals("remove")) {
            ImageSchema.validate(path, value);
        }
    }

    private static void apply(Caller caller, ImageRecord r, Change c, boolean draft4) {
        String path = c.path();
        if (path.equals("locations")) {
            throw WebobError.of(403, "It's not allowed to update locations if locations are invisible.");
        }
        if (c.op().equals("replace") && path.equals("owner") && !caller.admin()) {
            throw WebobError.of(403, "Owner can't be updated by non admin.");
        }
        if (path.equals("visibility") && c.value() != null && c.value().asText().equals("public") && !caller.admin()) {
            throw WebobError.of(403, "You are not authorized to complete publicize_image action.");
        }
        if (!caller.owns(r)) {
            throw WebobError.of(403, "You do not own this image");
        }
        boolean attribute = ATTRIBUTES.contains(path);
        switch (c.op()) {
            case "remove" -> {
                if (attribute) {
                    throw WebobError.of(403, "Property " + path + " may not be removed.");
                }
                if (r.properties.remove(path) == null) {
                    throw WebobError.of(409, "Property " + path + " does not exist.");
                }
            }
            case "replace" -> {
                if (!attribute && !r.properties.containsKey(path)) {
                    throw WebobError.of(409, "Property " + path + " does not exist.");
                }
                set(r, path, c.value());
            }
            default -> {
                if (draft4 && (attribute || r.properties.containsKey(path))) {
                    throw WebobError.of(409, "Property " + path + " already present.");
                }
                set(r, path, c.value());
            }
        }
    }

    private static void set(ImageRecord r, String path, JsonNode v) {
        switch (path) {
            case "name" -> r.name = v.isNull() ? null : v.asText();
            case "visibility" -> r.visibility = v.asText();
            case "protected" -> r.protectedImage = v.booleanValue();
            case "os_hidden" -> r.hidden = v.booleanValue();
            case "min_disk" -> r.minDisk = Quotas.nonNegative("min_disk", v);
            case "min_ram" -> r.minRam = Quotas.nonNegative("min_ram", v);
            case "owner" -> r.owner = v.isNull() ? null : v.asText();
            case "tags" -> {
                Set<String> tags = new LinkedHashSet<>();
                v.forEach(t -> tags.add(t.asText()));
                r.tags = tags;
            }
            case "disk_format", "container_format" -> {
                if (!r.status.equals("queued") && !r.status.equals("importing")) {
                    throw WebobError.of(403, "Attribute " + path + " can be only replaced for a queued image.");
                }
                if (path.equals("disk_format")) {
                    r.diskFormat = v.isNull() ? null : v.asText();
                } else {
                    r.containerFormat = v.isNull() ? null : v.asText();
                }
            }
            default -> r.properties.put(path, v.asText());
        }
    }
}
