package dev.glanceshare.conformance;

import static dev.glanceshare.conformance.User.ALT;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.ImageListOptions;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What the SDK relies on but its API hides: version discovery, error bodies that follow {@code Accept},
 * non-UUID IDs, and the list parameters Glance refuses. Mostly raw requests, compared byte for byte
 * after normalisation.
 */
final class WireScenarios {
    private static final String NO_SUCH_IMAGE = "00000000-0000-4000-8000-000000000000";

    private WireScenarios() {}

    static List<Scenario> all() {
        return List.of(Scenario.of("wire-edges", "version discovery (300), the SDK's verifyVersion, error bodies for "
                + "Accept JSON / */* / none, not-a-uuid 404, bad marker / limit / sort key / visibility 400, "
                + "trailing slash 404, garbage token 401", WireScenarios::wireEdges));
    }

    private static void wireEdges(Run run) {
        run.call("version-discovery", ALT, a -> a.send("GET", URI.create(a.glanceRoot() + "/"),
                Map.of("Accept", "application/json"), null, null)).status(300);
        run.call("sdk-verify-version", ALT, a -> {
            try (GlanceClient checked = GlanceClient.builder().session(a.session()).verifyVersion(true).build()) {
                return run.own(checked.images().list(ImageListOptions.builder().name(run.name("none")).build()));
            }
        }).expect("no image", List::isEmpty);
        run.call("not-a-uuid", ALT, a -> a.glanceRaw("GET", "/images/not-a-uuid", null, null)).status(404);
        run.call("members-of-not-a-uuid", ALT, a -> a.glanceRaw("GET", "/images/not-a-uuid/members", null, null))
                .status(404);
        run.call("error-as-html", ALT, a -> a.send("GET", URI.create(a.glanceRoot() + "/v2/images/" + NO_SUCH_IMAGE),
                a.tokenAnd("Accept", "*/*"), null, null)).status(404);
        run.call("error-as-plain-text", ALT, a -> a.send("GET", URI.create(a.glanceRoot() + "/v2/images/" + NO_SUCH_IMAGE),
                a.tokenAnd(null, null), null, null)).status(404);
        run.call("bad-marker", ALT, a -> a.glanceRaw("GET", "/images?marker=" + NO_SUCH_IMAGE, null, null)).status(400);
        run.call("negative-limit", ALT, a -> a.glanceRaw("GET", "/images?limit=-1", null, null)).status(400);
        run.call("limit-not-a-number", ALT, a -> a.glanceRaw("GET", "/images?limit=abc", null, null)).status(400);
        run.call("bad-sort-key", ALT, a -> a.glanceRaw("GET", "/images?sort_key=bogus", null, null)).status(400);
        run.call("bad-visibility", ALT, a -> a.glanceRaw("GET", "/images?visibility=bogus", null, null)).status(400);
        run.call("bad-member-status", ALT, a -> a.glanceRaw("GET", "/images?member_status=bogus", null, null)).status(400);
        run.call("trailing-slash", ALT, a -> a.glanceRaw("GET", "/images/", null, null)).status(404);
        run.call("garbage-token", ALT, a -> a.send("GET", URI.create(a.glanceRoot() + "/v2/images?limit=1"),
                Map.of("X-Auth-Token", "garbage", "Accept", "application/json"), null, null)).status(401);
        run.call("no-token", ALT, a -> a.send("GET", URI.create(a.glanceRoot() + "/v2/images?limit=1"),
                Map.of("Accept", "application/json"), null, null)).status(401);
        run.call("add-member-not-json", ALT, a -> a.glanceRaw("POST", "/images/" + NO_SUCH_IMAGE + "/members",
                "not json", "application/json")).status(400);
    }
}
