package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;

/** {@code PUT} and {@code DELETE /v2/images/{id}/tags/{tag}}. */
final class TagsApi {
    private final GlanceEnv env;

    TagsApi(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse put(Caller caller, HttpRequest request, String id, String tag) {
        Bodies.reject(request);
        ImageSchema.validate("tags", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                .add(TextNode.valueOf(tag)));
        return env.store().locked(() -> {
            ImageRecord r = find(caller, id);
            if (!caller.owns(r)) {
                throw WebobError.of(403, "Not allowed to update tags for image " + id + ".");
            }
            if (r.tags.add(tag)) { // an existing tag is a no-op, even at the quota
                Quotas.checkTags(r.tags.size(), env.config().tagQuota(), id);
                r.updatedAt = env.now();
                env.store().put(r);
            }
            return ImagesApi.noContent();
        });
    }

    HttpResponse delete(Caller caller, HttpRequest request, String id, String tag) {
        Bodies.reject(request);
        return env.store().locked(() -> {
            ImageRecord r = find(caller, id);
            if (!caller.owns(r)) {
                throw WebobError.of(403, "Not allowed to delete tags for image " + id + ".");
            }
            if (!r.tags.remove(tag)) {
                throw WebobError.of(404);
            }
            r.updatedAt = env.now();
            env.store().put(r);
            return ImagesApi.noContent();
        });
    }

    private ImageRecord find(Caller caller, String id) {
        return env.store().get(id).filter(caller::canSee)
                .orElseThrow(() -> WebobError.of(404, "Image " + id + " not found."));
    }
}
