package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code api_image_import} task, as Glance records one per import request. Immutable.
 *
 * @param id the task ID
 * @param status {@code processing}, {@code success} or {@code failure}
 * @param owner the importing project
 * @param userId the importing user
 * @param requestId the import request's ID
 * @param imageId the image
 * @param importRequest the import request body
 * @param message the task message
 * @param createdAt when the import was asked for
 * @param updatedAt when the task last changed
 */
record ImportTask(String id, String status, String owner, String userId, String requestId, String imageId,
        JsonNode importRequest, String message, Instant createdAt, Instant updatedAt) {
    /** Glance keeps a finished task 48 hours ({@code task_time_to_live}). */
    static final Duration TIME_TO_LIVE = Duration.ofHours(48);
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    ImportTask finish(String newStatus, String newMessage, Instant at) {
        return new ImportTask(id, newStatus, owner, userId, requestId, imageId, importRequest, newMessage, createdAt,
                at);
    }

    /** @return the task as {@code GET /v2/images/{id}/tasks} lists it (database timestamps, microseconds) */
    Map<String, Object> asListed() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("type", "api_image_import");
        v.put("status", status);
        v.put("owner", owner);
        v.put("expires_at", status.equals("processing") ? null : MICROS.format(updatedAt.plus(TIME_TO_LIVE)));
        v.put("created_at", MICROS.format(createdAt));
        v.put("updated_at", MICROS.format(updatedAt));
        v.put("deleted_at", null);
        v.put("deleted", false);
        v.put("image_id", imageId);
        v.put("request_id", requestId);
        v.put("user_id", userId);
        v.put("input", input());
        v.put("result", status.equals("success") ? Map.of("image_id", imageId) : null);
        v.put("message", message);
        return v;
    }

    /** @return the task as {@code GET /v2/tasks/{id}} shows it to an admin */
    Map<String, Object> asShown() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("input", input());
        v.put("type", "api_image_import");
        v.put("status", status);
        v.put("owner", owner);
        v.put("message", message);
        if (status.equals("success")) {
            v.put("result", Map.of("image_id", imageId));
        }
        v.put("created_at", ImageView.isotime(createdAt));
        v.put("updated_at", ImageView.isotime(updatedAt));
        v.put("self", "/v2/tasks/" + id);
        v.put("schema", "/v2/schemas/task");
        v.put("image_id", imageId);
        v.put("request_id", requestId);
        v.put("user_id", userId);
        if (!status.equals("processing")) {
            v.put("expires_at", ImageView.isotime(updatedAt.plus(TIME_TO_LIVE)));
        }
        return v;
    }

    private Map<String, Object> input() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("image_id", imageId);
        in.put("import_req", importRequest);
        in.put("backend", java.util.Arrays.asList((Object) null)); // no multi-store: one unnamed store
        return in;
    }
}
