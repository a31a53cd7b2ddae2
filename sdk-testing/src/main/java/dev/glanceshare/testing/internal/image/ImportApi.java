package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.WebobError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Interoperable image import as Glance Zed does it with a single file store: {@code PUT .../stage},
 * {@code POST .../import} for {@code glance-direct}, {@code web-download} and {@code copy-image}, and the
 * tasks they leave ({@code GET /v2/images/{id}/tasks}, {@code GET /v2/tasks/{id}}). Checks, statuses and
 * messages as measured on real Glance 25.1.0.
 */
final class ImportApi {
    static final List<String> METHODS = List.of("glance-direct", "web-download", "copy-image");

    private final GlanceEnv env;

    ImportApi(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse stage(Caller c, HttpRequest r, String id) {
        if (!Bodies.mediaType(r).equals("application/octet-stream")) {
            throw WebobError.unsupportedMediaType(r.header("Content-Type").orElse(""));
        }
        byte[] data = r.body();
        return env.store().locked(() -> {
            ImageRecord image = visible(c, id);
            if (!c.owns(image)) {
                throw WebobError.of(403, "You do not own this image");
            }
            if (!image.status.equals("queued")) {
                throw WebobError.of(409, "Image status transition from " + image.status + " to uploading is not"
                        + " allowed");
            }
            image.status = "uploading";
            image.staged = data;
            image.size = (long) data.length;
            image.updatedAt = env.now();
            env.store().put(image);
            return ImagesApi.noContent();
        });
    }

    HttpResponse importImage(Caller c, HttpRequest r, String id) {
        JsonNode body = Bodies.required(r);
        JsonNode method = body.get("method");
        if (method == null) {
            throw WebobError.of(400, "Import request requires a 'method' field.");
        }
        if (!method.has("name")) {
            throw WebobError.of(400, "Import request requires a 'name' field.");
        }
        String name = method.get("name").asText();
        if (!METHODS.contains(name)) {
            throw WebobError.of(400, "Unknown import method name '" + name + "'.");
        }
        for (String flag : List.of("all_stores_must_succeed", "all_stores")) {
            if (body.has(flag) && !body.get(flag).isBoolean()) {
                throw WebobError.of(400, "'" + flag + "' must be boolean value only");
            }
        }
        return env.store().locked(() -> {
            ImageRecord image = visible(c, id);
            check(c, image, name);
            if (name.equals("copy-image")) {
                // Zed fails here with one store: the copy flow needs a store name it does not have
                throw WebobError.of(500);
            }
            if (image.properties.containsKey("os_glance_import_task")) {
                throw WebobError.of(409, "Image is already being imported");
            }
            String uri = method.hasNonNull("uri") ? method.get("uri").asText() : null;
            if (name.equals("web-download") && !UriFilter.passes(uri)) {
                throw WebobError.of(400, "URI for web-download does not pass filtering: "
                        + (uri == null ? "None" : uri));
            }
            Instant now = env.now();
            Imports.start(image, new ImportTask(UUID.randomUUID().toString(), "processing", c.projectId(),
                    c.userId(), c.requestId(), id, body, "", now, now));
            image.updatedAt = now;
            env.store().put(image);
            return HttpResponse.status(202).header("Content-Type", "text/html; charset=UTF-8")
                    .header("Content-Length", "0");
        });
    }

    // In the order Glance's controller checks them.
    private static void check(Caller c, ImageRecord image, String method) {
        if (image.status.equals("active") && !method.equals("copy-image")) {
            throw WebobError.of(409, "Image with status active cannot be target for import");
        }
        if (!image.status.equals("active") && method.equals("copy-image")) {
            throw WebobError.of(409, "Only images with status active can be targeted for copying");
        }
        if (!image.status.equals("queued") && method.equals("web-download")) {
            throw WebobError.of(409, "Image needs to be in 'queued' state to use 'web-download' method");
        }
        if (!image.status.equals("uploading") && method.equals("glance-direct")) {
            throw WebobError.of(409, "Image needs to be staged before 'glance-direct' method can be used");
        }
        if (image.containerFormat == null || image.containerFormat.isEmpty()) {
            throw WebobError.of(409, "'container_format' needs to be set before import");
        }
        if (image.diskFormat == null || image.diskFormat.isEmpty()) {
            throw WebobError.of(409, "'disk_format' needs to be set before import");
        }
        if (method.equals("copy-image") && !c.admin()) {
            throw WebobError.of(403, "You are not authorized to complete copy_image action.");
        }
        if (!method.equals("copy-image") && !c.owns(image)) {
            throw WebobError.of(403, "You do not own this image");
        }
    }

    HttpResponse tasksOfImage(Caller c, HttpRequest r, String id) {
        Bodies.reject(r);
        return env.store().locked(() -> {
            ImageRecord image = env.store().get(id).filter(c::canSee).orElseThrow(() -> WebobError.of(404));
            return HttpResponse.json(200, PyJson.dumps(Map.of("tasks", image.tasks.stream()
                    .map(ImportTask::asListed).toList()), false));
        });
    }

    HttpResponse task(Caller c, HttpRequest r, String taskId) {
        Bodies.reject(r);
        if (!c.admin()) { // legacy tasks_api_access is role:admin
            throw WebobError.of(403, "You are not authorized to complete tasks_api_access action.");
        }
        return env.store().locked(() -> env.store().view().stream().flatMap(i -> i.tasks.stream())
                .filter(t -> t.id().equals(taskId)).findFirst()
                .map(t -> HttpResponse.json(200, PyJson.dumps(t.asShown(), false)))
                .orElseThrow(() -> WebobError.of(404, "Task with the given id " + taskId + " not found")));
    }

    private ImageRecord visible(Caller c, String id) {
        return env.store().get(id).filter(c::canSee)
                .orElseThrow(() -> WebobError.of(404, "No image found with ID " + id));
    }
}
