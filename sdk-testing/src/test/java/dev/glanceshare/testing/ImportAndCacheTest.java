package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Interoperable image import and the cache API, as measured on real Glance Zed (docs/CONFORMANCE.md). */
class ImportAndCacheTest extends GlanceFixture {

    private Wire.Reply stage(String token, String id, String contentType, String data) {
        return Wire.request("PUT", v2("/images/" + id + "/stage")).token(token).json()
                .header("Content-Type", contentType).body(data.getBytes(StandardCharsets.UTF_8)).send();
    }

    private Wire.Reply importImage(String token, String id, String body) {
        return post(token, "/images/" + id + "/import", body);
    }

    /** An active image owned by alt. */
    private String activeImage() {
        String id = create(alt, "{\"name\": \"active\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        assertThat(Wire.request("PUT", v2("/images/" + id + "/file")).token(alt)
                .header("Content-Type", "application/octet-stream").body("data").send().status()).isEqualTo(204);
        return id;
    }

    /** Polls until the image leaves {@code importing} (the fake's import takes 0.1 s). */
    private JsonNode settled(String token, String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode image = get(token, "/images/" + id).json();
            if (!image.get("status").asText().equals("importing")) {
                return image;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import of " + id + " never ended");
    }

    @Test
    void glanceDirectStagesThenImportsAndLeavesATask() throws InterruptedException {
        String id = create(alt, "{\"name\": \"gd\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        assertGlanceError(importImage(alt, id, "{\"method\": {\"name\": \"glance-direct\"}}"), 409,
                "Image needs to be staged before 'glance-direct' method can be used");
        assertThat(stage(alt, id, "application/json", "x").status()).isEqualTo(415);
        assertGlanceError(stage(other, id, "application/octet-stream", "x"), 404, "No image found with ID " + id);
        assertThat(stage(alt, id, "application/octet-stream", "hello staged data").status()).isEqualTo(204);
        JsonNode staged = get(alt, "/images/" + id).json();
        assertThat(staged.get("status").asText()).isEqualTo("uploading");
        assertThat(staged.get("size").asLong()).isEqualTo(17);
        assertGlanceError(stage(alt, id, "application/octet-stream", "again"), 409,
                "Image status transition from uploading to uploading is not allowed");
        assertGlanceError(importImage(alt, id, "{}"), 400, "Import request requires a 'method' field.");
        assertGlanceError(importImage(alt, id, "{\"method\": {\"name\": \"bogus\"}}"), 400,
                "Unknown import method name 'bogus'.");

        Wire.Reply accepted = importImage(alt, id, "{\"method\": {\"name\": \"glance-direct\"}}");
        assertThat(accepted.status()).isEqualTo(202);
        JsonNode image = settled(alt, id);
        assertThat(image.get("status").asText()).isEqualTo("active");
        assertThat(image.get("checksum").asText()).isEqualTo("049d78f9c5bff4c025a4e501f63794f7"); // as on real Glance
        assertThat(image.get("virtual_size").asLong()).isEqualTo(17);
        assertThat(image.has("os_glance_import_task")).isFalse();
        assertThat(image.get("os_glance_importing_to_stores").asText()).isEmpty();
        assertThat(fake.imageData(id)).hasValueSatisfying(d -> assertThat(new String(d, StandardCharsets.UTF_8))
                .isEqualTo("hello staged data"));

        JsonNode task = get(alt, "/images/" + id + "/tasks").json().at("/tasks/0");
        assertThat(task.get("status").asText()).isEqualTo("success");
        assertThat(task.get("request_id").asText()).isEqualTo(accepted.header("X-Openstack-Request-Id").orElseThrow());
        assertGlanceError(get(alt, "/tasks/" + task.get("id").asText()), 403,
                "You are not authorized to complete tasks_api_access action.");
        assertThat(get(admin, "/tasks/" + task.get("id").asText()).json().get("type").asText())
                .isEqualTo("api_image_import");
        assertGlanceError(importImage(alt, id, "{\"method\": {\"name\": \"glance-direct\"}}"), 409,
                "Image with status active cannot be target for import");
    }

    @Test
    void onlyTheOwnerImports() {
        String id = create(alt, "{\"name\": \"shared\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        post(alt, "/images/" + id + "/members", "{\"member\": \"" + demo.demoProjectId() + "\"}");
        assertGlanceError(stage(demoToken, id, "application/octet-stream", "x"), 403, "You do not own this image");
    }

    @Test
    void webDownloadRefusesLoopbackAsGlancesDefaultFilterDoes() throws InterruptedException {
        String id = create(alt, "{\"name\": \"wd\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        for (String uri : new String[] {"http://127.0.0.1/tempest-image-sh/no-such-image.img", "http://localhost/x",
            "https://127.0.0.1/x", "http://[::1]/x", "ftp://127.0.0.1/x", "file:///etc/passwd", "not-a-uri", ""}) {
            assertGlanceError(importImage(alt, id, "{\"method\": {\"name\": \"web-download\", \"uri\": \"" + uri + "\"}}"),
                    400, "URI for web-download does not pass filtering: " + uri);
        }
        assertGlanceError(importImage(alt, id, "{\"method\": {\"name\": \"web-download\"}}"), 400,
                "URI for web-download does not pass filtering: None");
        // A URI that passes is accepted, but the fake fetches nothing: the import fails, the image stays queued.
        assertThat(importImage(alt, id, "{\"method\": {\"name\": \"web-download\", \"uri\":"
                + " \"http://images.example.invalid/x.img\"}}").status()).isEqualTo(202);
        assertThat(settled(alt, id).get("status").asText()).isEqualTo("queued");
        assertThat(get(alt, "/images/" + id + "/tasks").json().at("/tasks/0/status").asText()).isEqualTo("failure");
    }

    @Test
    void copyImageWithoutMultipleStoresIsRefusedOrFailsAsOnRealGlance() {
        String queued = create(alt, "{\"name\": \"q\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        assertGlanceError(importImage(alt, queued, "{\"method\": {\"name\": \"copy-image\"}}"), 409,
                "Only images with status active can be targeted for copying");
        String active = activeImage();
        assertGlanceError(importImage(alt, active, "{\"method\": {\"name\": \"copy-image\"},"
                + " \"stores\": [\"file\"]}"), 403, "You are not authorized to complete copy_image action.");
        assertThat(importImage(admin, active, "{\"method\": {\"name\": \"copy-image\"}}").status())
                .isEqualTo(500);
    }

    @Test
    void theCacheApiIsForAdminsAndCachesAQueuedImageShortlyAfter() throws InterruptedException {
        assertGlanceError(get(alt, "/cache"), 403, "You are not authorized to complete cache_list action.");
        assertThat(get(admin, "/cache").body()).isEqualTo("{\"cached_images\": [], \"queued_images\": []}");
        assertGlanceError(Wire.request("PUT", v2("/cache/non-existing-image-id")).token(admin).json().send(), 404, "Image non-existing-image-id not found.");
        String queued = create(alt, "{\"name\": \"q\"}");
        assertGlanceError(Wire.request("PUT", v2("/cache/" + queued)).token(admin).json().send(), 400,
                "Only images with status active can be targeted for queueing");
        String image = activeImage();
        assertGlanceError(Wire.request("PUT", v2("/cache/" + image)).token(demoToken).json().send(), 404,
                "Image " + image + " not found."); // an image the caller cannot see is not found first
        assertGlanceError(Wire.request("PUT", v2("/cache/" + image)).token(alt).json().send(), 403,
                "You are not authorized to complete cache_image action.");
        assertThat(Wire.request("PUT", v2("/cache/" + image)).token(admin).send().status()).isEqualTo(202);
        assertThat(get(admin, "/cache").json().get("queued_images").toString()).isEqualTo("[\"" + image + "\"]");
        JsonNode cached = null;
        for (int i = 0; i < 60 && (cached == null || cached.isEmpty()); i++) {
            Thread.sleep(50);
            cached = get(admin, "/cache").json().get("cached_images");
        }
        assertThat(cached.at("/0/image_id").asText()).isEqualTo(image);
        assertThat(cached.at("/0/size").asLong()).isEqualTo(fake.imageData(image).orElseThrow().length);
        assertGlanceError(Wire.request("DELETE", v2("/cache")).token(admin).json()
                .header("x-image-cache-clear-target", "invalid").send(), 400,
                "If provided 'x-image-cache-clear-target' must be 'cache', 'queue' or empty string.");
        assertThat(delete(admin, "/cache/" + image).status()).isEqualTo(204);
        assertThat(delete(admin, "/cache").status()).isEqualTo(204);
        assertGlanceError(delete(alt, "/cache"), 403, "You are not authorized to complete cache_delete action.");
        assertThat(get(admin, "/cache").body()).isEqualTo("{\"cached_images\": [], \"queued_images\": []}");
    }
}
