package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;

/** {@code POST /v2/images/{id}/actions/deactivate} and {@code .../reactivate}. */
final class ImageActionsApi {
    private final GlanceEnv env;

    ImageActionsApi(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse act(Caller caller, HttpRequest request, String id, String action) {
        Bodies.reject(request);
        boolean deactivate = action.equals("deactivate");
        return env.store().locked(() -> {
            ImageRecord r = env.store().get(id).filter(caller::canSee)
                    .orElseThrow(() -> WebobError.of(404, "No image found with ID " + id));
            if (!caller.owns(r)) {
                // the policy (admin, or member of the owning project) refuses before the ownership check
                throw WebobError.of(403, "You are not authorized to complete " + action + " action.");
            }
            String from = deactivate ? "active" : "deactivated";
            String to = deactivate ? "deactivated" : "active";
            if (r.status.equals(from)) {
                r.status = to;
                r.updatedAt = env.now();
                env.store().put(r);
            } else if (!r.status.equals(to)) {
                throw WebobError.of(403, "Not allowed to " + action + " image in status '" + r.status + "'");
            }
            return ImagesApi.noContent();
        });
    }
}
