package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.WebobError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code POST /v2/images}, {@code GET} and {@code DELETE /v2/images/{id}}, and {@code .../tasks}. */
final class ImagesApi {
    private static final List<String> DISALLOWED = List.of("direct_url", "self", "file", "schema", "stores");
    private static final List<String> BASE = List.of("checksum", "created_at", "container_format", "disk_format",
            "id", "min_disk", "min_ram", "name", "size", "virtual_size", "status", "tags", "owner", "updated_at",
            "visibility", "protected", "os_hidden");
    private static final List<String> READ_ONLY = List.of("created_at", "updated_at", "status", "checksum",
            "os_hash_algo", "os_hash_value", "size", "virtual_size");
    private static final Set<String> RESERVED = Set.of("location", "deleted", "deleted_at");
    private static final Set<String> FACTORY_RESERVED = Set.of("owner", "locations", "deleted", "deleted_at",
            "direct_url", "self", "file", "schema");

    private final GlanceEnv env;

    ImagesApi(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse create(Caller caller, HttpRequest request) {
        JsonNode body = Bodies.required(request);
        if (!body.isObject()) {
            throw WebobError.of(400); // Glance itself fails with a 500 on a JSON array here
        }
        for (String key : DISALLOWED) {
            if (body.has(key)) {
                throw WebobError.of(403, "Attribute '" + key + "' is read-only.");
            }
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            ImageSchema.validate(field.getKey(), field.getValue());
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String key = field.getKey();
            if (BASE.contains(key) || key.equals("os_hash_algo") || key.equals("os_hash_value")) {
                continue;
            }
            if (key.length() > 255) {
                throw WebobError.of(400, "Custom property should not be greater than 255 characters.");
            }
            if (RESERVED.contains(key) || key.startsWith("os_glance")) {
                throw WebobError.of(403, "Attribute '" + key + "' is reserved.");
            }
        }
        String owner = body.has("owner") ? text(body.get("owner")) : caller.projectId();
        String visibility = body.has("visibility") ? body.get("visibility").asText() : "shared";
        if (visibility.equals("public") && !caller.admin()) {
            throw WebobError.of(403, "You are not authorized to complete publicize_image action.");
        }
        if (!caller.admin() && !String.valueOf(owner).equals(String.valueOf(caller.projectId()))) {
            throw WebobError.of(403, "You are not permitted to create images owned by '"
                    + (owner == null ? "None" : owner) + "'.");
        }
        for (String key : READ_ONLY) {
            if (body.has(key)) {
                throw WebobError.of(403, "Attribute '" + key + "' is read-only.");
            }
        }
        ImageRecord r = new ImageRecord();
        r.id = body.has("id") ? body.get("id").asText() : UUID.randomUUID().toString();
        r.owner = owner;
        r.visibility = visibility;
        for (Map.Entry<String, JsonNode> f : body.properties()) {
            String key = f.getKey();
            if (!BASE.contains(key)) {
                if (FACTORY_RESERVED.contains(key)) {
                    throw WebobError.of(403, "Attribute '" + key + "' is reserved.");
                }
                r.properties.put(key, f.getValue().asText());
            }
        }
        applyBase(r, body);
        Quotas.checkTags(r.tags.size(), env.config().tagQuota(), null);
        Quotas.checkProperties(r.properties.size());
        Instant now = env.now();
        r.createdAt = now;
        r.updatedAt = now;
        return env.store().locked(() -> {
            if (env.store().get(r.id).isPresent()) {
                throw WebobError.of(409, "Image ID " + r.id + " already exists!");
            }
            env.store().put(r);
            return HttpResponse.json(201, PyJson.dumps(ImageView.image(r), false))
                    .header("Location", env.config().imageRoot() + "/v2/images/" + r.id)
                    .header("OpenStack-image-import-methods", "glance-direct,web-download,copy-image");
        });
    }

    private static void applyBase(ImageRecord r, JsonNode body) {
        if (body.has("name")) {
            r.name = text(body.get("name"));
        }
        if (body.has("disk_format")) {
            r.diskFormat = text(body.get("disk_format"));
        }
        if (body.has("container_format")) {
            r.containerFormat = text(body.get("container_format"));
        }
        if (body.has("protected")) {
            r.protectedImage = body.get("protected").booleanValue();
        }
        if (body.has("os_hidden")) {
            r.hidden = body.get("os_hidden").booleanValue();
        }
        if (body.has("min_disk")) {
            r.minDisk = Quotas.nonNegative("min_disk", body.get("min_disk"));
        }
        if (body.has("min_ram")) {
            r.minRam = Quotas.nonNegative("min_ram", body.get("min_ram"));
        }
        if (body.has("tags")) {
            body.get("tags").forEach(t -> r.tags.add(t.asText()));
        }
    }

    HttpResponse show(Caller caller, HttpRequest request, String id) {
        Bodies.reject(request);
        return env.store().locked(() -> {
            ImageRecord r = visible(caller, id, "No image found with ID " + id);
            return HttpResponse.json(200, PyJson.dumps(ImageView.image(r), false));
        });
    }

    HttpResponse delete(Caller caller, HttpRequest request, String id) {
        Bodies.reject(request);
        return env.store().locked(() -> {
            ImageRecord r = visible(caller, id, "Failed to find image " + id + " to delete");
            if (!caller.owns(r)) {
                throw WebobError.of(403, "You do not own this image");
            }
            if (r.protectedImage) {
                throw WebobError.of(403, "Image " + id + " is protected and cannot be deleted.");
            }
            env.store().remove(id);
            return noContent();
        });
    }

    /** The image if it exists and the caller may see it (call inside the lock); else a 404 with message. */
    ImageRecord visible(Caller caller, String id, String message) {
        return env.store().get(id).filter(caller::canSee).orElseThrow(() -> WebobError.of(404, message));
    }

    /** Glance's empty 204: an HTML content type and an explicit zero length. */
    static HttpResponse noContent() {
        return HttpResponse.status(204).header("Content-Type", "text/html; charset=UTF-8")
                .header("Content-Length", "0");
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }
}
