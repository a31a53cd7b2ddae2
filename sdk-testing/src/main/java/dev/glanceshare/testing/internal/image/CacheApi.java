package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.WebobError;
import java.time.Instant;

/**
 * Glance's cache API ({@code /v2/cache}, since image API 2.14): list, queue, delete one, clear. Admin only
 * (legacy {@code cache_*} rules), with real Glance's statuses and messages.
 */
final class CacheApi {
    private final GlanceEnv env;

    CacheApi(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse list(Caller c, HttpRequest r) {
        Bodies.reject(r);
        admin(c, "cache_list");
        return env.store().locked(() -> {
            prefetch();
            return HttpResponse.json(200, PyJson.dumps(env.store().cache().state(), false));
        });
    }

    HttpResponse queue(Caller c, HttpRequest r, String id) {
        return env.store().locked(() -> {
            ImageRecord image = existing(c, id);
            admin(c, "cache_image");
            if (!image.status.equals("active")) {
                throw WebobError.of(400, "Only images with status active can be targeted for queueing");
            }
            prefetch();
            env.store().cache().queue(id);
            return HttpResponse.status(202).header("Content-Type", "text/html; charset=UTF-8")
                    .header("Content-Length", "0");
        });
    }

    HttpResponse delete(Caller c, HttpRequest r, String id) {
        return env.store().locked(() -> {
            existing(c, id);
            admin(c, "cache_delete");
            prefetch();
            env.store().cache().forget(id);
            return ImagesApi.noContent();
        });
    }

    HttpResponse clear(Caller c, HttpRequest r) {
        admin(c, "cache_delete");
        String target = r.header("x-image-cache-clear-target").orElse("");
        if (!target.isEmpty() && !target.equals("cache") && !target.equals("queue")) {
            throw WebobError.of(400, "If provided 'x-image-cache-clear-target' must be 'cache', 'queue' or empty"
                    + " string.");
        }
        return env.store().locked(() -> {
            prefetch();
            env.store().cache().clear(!target.equals("queue"), !target.equals("cache"));
            return ImagesApi.noContent();
        });
    }

    // Glance looks the image up as the caller (an admin sees every image) before the policy check.
    private ImageRecord existing(Caller c, String id) {
        return env.store().get(id).filter(c::canSee).orElseThrow(() -> WebobError.of(404, "Image " + id + " not found."));
    }

    private static void admin(Caller c, String action) {
        if (!c.admin()) {
            throw WebobError.of(403, "You are not authorized to complete " + action + " action.");
        }
    }

    private void prefetch() {
        env.store().cache().prefetch(id -> env.store().get(id).map(i -> i.size).orElse(null), Instant.now());
    }
}
