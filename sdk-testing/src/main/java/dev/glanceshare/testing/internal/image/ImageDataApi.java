package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.ArrayList;
import java.util.List;

/** {@code PUT} and {@code GET /v2/images/{id}/file}: image data kept in memory, md5 and sha512 computed. */
final class ImageDataApi {
    private final GlanceEnv env;

    ImageDataApi(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse upload(Caller caller, HttpRequest request, String id) {
        String type = Bodies.mediaType(request);
        // webob's 415 template shows the whole header, parameters included
        if (!type.equals("application/octet-stream")) {
            throw WebobError.unsupportedMediaType(request.header("Content-Type").orElse(""));
        }
        byte[] data = request.body();
        String md5 = ImageSeeding.hex("MD5", data);
        String sha512 = ImageSeeding.hex("SHA-512", data);
        return env.store().locked(() -> {
            ImageRecord r = env.store().get(id).filter(caller::canSee)
                    .orElseThrow(() -> WebobError.of(404, "No image found with ID " + id));
            if (!caller.owns(r)) {
                throw WebobError.of(403, "Not allowed to upload image data for image " + id);
            }
            if (!r.status.equals("queued")) {
                throw WebobError.of(409, "Image status transition from " + r.status + " to saving is not allowed");
            }
            List<String> missing = new ArrayList<>();
            if (r.diskFormat == null) {
                missing.add("disk_format");
            }
            if (r.containerFormat == null) {
                missing.add("container_format");
            }
            if (!missing.isEmpty()) {
                throw WebobError.of(400, (missing.size() == 1 ? "Property " : "Properties ")
                        + String.join(", ", missing) + " must be set prior to saving data.");
            }
            r.data = data;
            r.size = (long) data.length;
            // Real Glance (Zed) reports a raw image's virtual size as its byte count and leaves it null for
            // qcow2, iso, vmdk and ami uploads without inspection (found by the conformance suite).
            r.virtualSize = "raw".equals(r.diskFormat) ? Long.valueOf(data.length) : null;
            r.checksum = md5;
            r.osHashAlgo = "sha512";
            r.osHashValue = sha512;
            r.status = "active";
            r.updatedAt = env.now();
            env.store().put(r);
            return ImagesApi.noContent();
        });
    }

    HttpResponse download(Caller caller, HttpRequest request, String id) {
        Bodies.reject(request);
        ImageRecord r = env.store().locked(() -> env.store().get(id).filter(caller::canSee)
                .orElseThrow(() -> WebobError.of(404, "No image found with ID " + id)));
        if (r.status.equals("deactivated") && !caller.admin()) {
            throw WebobError.of(403, "The requested image has been deactivated. Image data download is forbidden.");
        }
        if (r.data == null) {
            // Glance raises HTTPNoContent here, and webob strips Content-Type and Content-Length from it
            return HttpResponse.status(204);
        }
        HttpResponse response = HttpResponse.status(200).header("Content-Type", "application/octet-stream")
                .body(r.data);
        return response.header("Content-MD5", r.checksum);
    }
}
