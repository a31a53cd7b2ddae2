package dev.glanceshare.conformance;

import static dev.glanceshare.conformance.User.ADMIN;
import static dev.glanceshare.conformance.User.ALT;
import static dev.glanceshare.conformance.User.DEMO;
import static dev.glanceshare.conformance.User.OTHER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Interoperable image import (glance-direct, web-download behind Glance's default URI filter, copy-image
 * without multiple stores) and the cache API. The SDK has no import or cache calls: every step is raw.
 * No step lets Glance fetch anything: every web-download URI names a host the filter refuses.
 */
final class ImportScenarios {
    private static final String OCTETS = "application/octet-stream";
    private static final String JSON = "application/json";
    private static final String GLANCE_DIRECT = "{\"method\": {\"name\": \"glance-direct\"}}";

    private ImportScenarios() {}

    static List<Scenario> all() {
        return List.of(
                Scenario.of("import-glance-direct", "stage then import: 409 before staging, 415 and 404 on stage, "
                        + "status uploading, 400 without or with an unknown method, 202, then active with the "
                        + "os_glance_* properties and a task, 409 on an active image", ImportScenarios::glanceDirect),
                Scenario.of("import-web-download", "Glance's default URI filter refuses loopback, localhost, other "
                        + "schemes and ports with 400; 409 on an active image", ImportScenarios::webDownload),
                Scenario.of("import-copy-image", "without multiple stores: 409 on a queued image, 403 for a "
                        + "non-admin, 500 for an admin", ImportScenarios::copyImage),
                Scenario.of("image-cache", "cache API: admin only (403), 404 / 400 on queueing a missing or queued "
                        + "image, queue 202 then cached, delete and clear 204, bad clear target 400",
                        ImportScenarios::cache));
    }

    private static String create(Run run, String suffix) {
        return run.call("create-" + suffix, ALT, a -> a.images().create(SharingScenarios.image(run, suffix)))
                .value().id();
    }

    private static void glanceDirect(Run run) throws InterruptedException {
        String id = create(run, "gd");
        String path = "/images/" + id;
        run.call("import-before-stage", ALT, a -> a.glanceRaw("POST", path + "/import", GLANCE_DIRECT, JSON)).status(409);
        run.call("stage-as-json", ALT, a -> a.glanceRaw("PUT", path + "/stage", "x", JSON)).status(415);
        run.call("stranger-stages", OTHER, a -> a.glanceRaw("PUT", path + "/stage", "x", OCTETS)).status(404);
        run.call("stage", ALT, a -> a.glanceRaw("PUT", path + "/stage", "hello staged data", OCTETS)).status(204);
        run.call("get-after-stage", ALT, a -> a.glanceRaw("GET", path, null, null)).status(200);
        run.call("stage-again", ALT, a -> a.glanceRaw("PUT", path + "/stage", "again", OCTETS)).status(409);
        run.call("upload-while-uploading", ALT, a -> a.glanceRaw("PUT", path + "/file", "x", OCTETS)).status(409);
        run.call("import-without-method", ALT, a -> a.glanceRaw("POST", path + "/import", "{}", JSON)).status(400);
        run.call("import-unknown-method", ALT, a -> a.glanceRaw("POST", path + "/import",
                "{\"method\": {\"name\": \"bogus\"}}", JSON)).status(400);
        run.call("stranger-imports", OTHER, a -> a.glanceRaw("POST", path + "/import", GLANCE_DIRECT, JSON)).status(404);
        run.call("import", ALT, a -> a.glanceRaw("POST", path + "/import", GLANCE_DIRECT, JSON)).status(202);
        Thread.sleep(2000); // both finish well within this (real Glance here: under 0.2 s)
        run.call("get-after-import", ALT, a -> a.glanceRaw("GET", path, null, null)).status(200);
        run.call("tasks", ALT, a -> a.glanceRaw("GET", path + "/tasks", null, null)).status(200);
        run.call("import-again", ALT, a -> a.glanceRaw("POST", path + "/import", GLANCE_DIRECT, JSON)).status(409);
        run.call("stage-active", ALT, a -> a.glanceRaw("PUT", path + "/stage", "x", OCTETS)).status(409);
        run.call("download", ALT, a -> a.glanceRaw("GET", path + "/file", null, null)).status(200);
    }

    private static void webDownload(Run run) {
        String id = create(run, "wd");
        String path = "/images/" + id + "/import";
        String[] refused = {"http://127.0.0.1/tempest-image-sh/no-such-image.img", "http://localhost/x.img",
            "https://127.0.0.1/x", "http://127.0.0.1:8080/x", "http://[::1]/x", "ftp://127.0.0.1/x",
            "file:///etc/passwd", "not-a-uri", ""};
        for (int i = 0; i < refused.length; i++) {
            String uri = refused[i];
            run.call("refused-" + i, ALT, a -> a.glanceRaw("POST", path, "{\"method\": {\"name\": \"web-download\","
                    + " \"uri\": \"" + uri + "\"}}", JSON)).status(400);
        }
        run.call("without-uri", ALT, a -> a.glanceRaw("POST", path, "{\"method\": {\"name\": \"web-download\"}}",
                JSON)).status(400);
        run.call("get-after-refusals", ALT, a -> a.glanceRaw("GET", "/images/" + id, null, null)).status(200);
        run.call("no-tasks", ALT, a -> a.glanceRaw("GET", "/images/" + id + "/tasks", null, null)).status(200);
        run.exec("upload", ALT, a -> a.images().upload(id, data(), 4, n -> {})).value();
        run.call("on-an-active-image", ALT, a -> a.glanceRaw("POST", path, "{\"method\": {\"name\": \"web-download\","
                + " \"uri\": \"http://127.0.0.1/x\"}}", JSON)).status(409);
    }

    private static void copyImage(Run run) {
        String id = create(run, "copy");
        String path = "/images/" + id + "/import";
        String copy = "{\"method\": {\"name\": \"copy-image\"}}";
        run.call("on-a-queued-image", ALT, a -> a.glanceRaw("POST", path, copy, JSON)).status(409);
        run.exec("upload", ALT, a -> a.images().upload(id, data(), 4, n -> {})).value();
        run.call("as-owner", ALT, a -> a.glanceRaw("POST", path, "{\"method\": {\"name\": \"copy-image\"},"
                + " \"stores\": [\"file\"]}", JSON)).status(403);
        run.call("as-admin", ADMIN, a -> a.glanceRaw("POST", path, copy, JSON)).status(500);
        run.call("get-after", ALT, a -> a.glanceRaw("GET", "/images/" + id, null, null)).status(200);
    }

    private static void cache(Run run) throws InterruptedException {
        String queued = create(run, "cache-queued");
        String id = create(run, "cache");
        run.exec("upload", ALT, a -> a.images().upload(id, data(), 4, n -> {})).value();
        run.call("clear-first", ADMIN, a -> a.glanceRaw("DELETE", "/cache", null, null)).status(204);
        run.call("list-as-owner", ALT, a -> a.glanceRaw("GET", "/cache", null, null)).status(403);
        run.call("list", ADMIN, a -> a.glanceRaw("GET", "/cache", null, null)).status(200);
        run.call("queue-missing", ADMIN, a -> a.glanceRaw("PUT", "/cache/non-existing-image-id", null, null)).status(404);
        run.call("queue-queued-image", ADMIN, a -> a.glanceRaw("PUT", "/cache/" + queued, null, null)).status(400);
        run.call("queue-as-non-member", DEMO, a -> a.glanceRaw("PUT", "/cache/" + id, null, null)).status(404);
        run.call("queue-as-owner", ALT, a -> a.glanceRaw("PUT", "/cache/" + id, null, null)).status(403);
        run.call("queue", ADMIN, a -> a.glanceRaw("PUT", "/cache/" + id, null, null)).status(202);
        Thread.sleep(3000); // real Glance caches at once in a background thread, the fake after 1 s
        run.call("list-cached", ADMIN, a -> a.glanceRaw("GET", "/cache", null, null)).status(200);
        run.call("delete-as-owner", ALT, a -> a.glanceRaw("DELETE", "/cache/" + id, null, null)).status(403);
        run.call("delete", ADMIN, a -> a.glanceRaw("DELETE", "/cache/" + id, null, null)).status(204);
        run.call("delete-again", ADMIN, a -> a.glanceRaw("DELETE", "/cache/" + id, null, null)).status(204);
        run.call("delete-missing", ADMIN, a -> a.glanceRaw("DELETE", "/cache/non-existing-image-id", null, null))
                .status(404);
        run.call("clear-bad-target", ADMIN, a -> a.send("DELETE", java.net.URI.create(a.glanceRoot() + "/v2/cache"),
                a.tokenAnd("x-image-cache-clear-target", "invalid"), null, null)).status(400);
        run.call("clear-as-owner", ALT, a -> a.glanceRaw("DELETE", "/cache", null, null)).status(403);
        run.call("list-at-end", ADMIN, a -> a.glanceRaw("GET", "/cache", null, null)).status(200);
    }

    private static ByteArrayInputStream data() {
        return new ByteArrayInputStream("data".getBytes(StandardCharsets.UTF_8));
    }
}
