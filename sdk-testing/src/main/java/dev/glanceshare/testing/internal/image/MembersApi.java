package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.WebobError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v2/images/{id}/members[/{member}]} with Glance Zed's legacy rules: only shared images have
 * members, only the owner adds and removes them, only the member (or an admin) sets its status, and a
 * non-admin sees only the memberships of images it owns plus its own.
 */
final class MembersApi {
    private static final List<String> STATUSES = List.of("pending", "accepted", "rejected");

    private final GlanceEnv env;

    MembersApi(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse index(Caller caller, HttpRequest request, String id) {
        Bodies.reject(request);
        return env.store().locked(() -> {
            ImageRecord r = image(caller, id);
            if (!r.visibility.equals("shared")) {
                throw WebobError.of(403, "Not allowed to list members for image " + id
                        + ": Only shared images have members.");
            }
            List<Object> members = new ArrayList<>();
            r.members.values().stream().filter(m -> listable(caller, r, m))
                    .forEach(m -> members.add(ImageView.member(m)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("members", members);
            body.put("schema", "/v2/schemas/members");
            return HttpResponse.json(200, PyJson.dumps(body, false));
        });
    }

    HttpResponse create(Caller caller, HttpRequest request, String id) {
        JsonNode body = Bodies.required(request);
        if (!body.isObject()) {
            throw WebobError.of(400, "Expected a member in the form: {\"member\": \"image_id\"}");
        }
        JsonNode member = body.get("member");
        if (member == null) {
            throw WebobError.of(400, "Member to be added not specified");
        }
        if (falsy(member)) {
            throw WebobError.of(400, "Member can't be empty");
        }
        if (!member.isTextual()) {
            throw WebobError.of(400, "Expected a member in the form: {\"member\": \"image_id\"}");
        }
        String memberId = member.asText();
        return env.store().locked(() -> {
            ImageRecord r = image(caller, id);
            if (!r.visibility.equals("shared") || !(caller.admin() || isOwner(caller, r))) {
                throw WebobError.of(403, "Not allowed to create members for image " + id + ".");
            }
            Quotas.checkMembers(id, r.members.size() + 1, env.config().memberQuota()); // before the duplicate check
            if (r.members.containsKey(memberId)) {
                throw WebobError.of(409, "Member " + memberId + " is duplicated for image " + id);
            }
            Instant now = env.now();
            MemberRecord m = new MemberRecord(id, memberId, "pending", now, now);
            r.members.put(memberId, m);
            env.store().put(r);
            return HttpResponse.json(200, PyJson.dumps(ImageView.member(m), false));
        });
    }

    HttpResponse show(Caller caller, HttpRequest request, String id, String memberId) {
        Bodies.reject(request);
        return env.store().locked(() -> {
            ImageRecord r = image(caller, id);
            if (!r.visibility.equals("shared")) {
                throw WebobError.of(404, "Only shared images have members."); // Forbidden shown as NotFound
            }
            MemberRecord m = member(caller, r, memberId);
            return HttpResponse.json(200, PyJson.dumps(ImageView.member(m), false));
        });
    }

    HttpResponse update(Caller caller, HttpRequest request, String id, String memberId) {
        JsonNode body = Bodies.required(request);
        if (!body.isObject()) {
            throw WebobError.of(400, "Expected a status in the form: {\"status\": \"status\"}");
        }
        JsonNode status = body.get("status");
        if (status == null) {
            throw WebobError.of(400, "Status not specified");
        }
        return env.store().locked(() -> {
            ImageRecord r = image(caller, id);
            boolean ownerNotAdmin = !caller.admin() && isOwner(caller, r);
            if (!r.visibility.equals("shared") || ownerNotAdmin) {
                throw WebobError.of(403, "Not allowed to update members for image " + id + ".");
            }
            MemberRecord m = member(caller, r, memberId);
            if (!status.isTextual() || !STATUSES.contains(status.asText())) {
                throw WebobError.of(400, "Incorrect request: Status must be \"pending\", \"accepted\" or"
                        + " \"rejected\".");
            }
            MemberRecord updated = new MemberRecord(id, memberId, status.asText(), m.createdAt(), env.now());
            r.members.put(memberId, updated);
            env.store().put(r);
            return HttpResponse.json(200, PyJson.dumps(ImageView.member(updated), false));
        });
    }

    HttpResponse delete(Caller caller, HttpRequest request, String id, String memberId) {
        Bodies.reject(request);
        return env.store().locked(() -> {
            ImageRecord r = image(caller, id);
            if (!r.visibility.equals("shared") || !(caller.admin() || isOwner(caller, r))) {
                throw WebobError.of(403, "Not allowed to delete members for image " + id + ".");
            }
            member(caller, r, memberId);
            r.members.remove(memberId);
            env.store().put(r);
            return HttpResponse.status(204); // unlike other 204s, no Content-Type here
        });
    }

    private ImageRecord image(Caller caller, String id) {
        return env.store().get(id).filter(caller::canSee)
                .orElseThrow(() -> WebobError.of(404, "Image " + id + " not found."));
    }

    // The DB only returns memberships of images the caller owns, or the caller's own (admins see all).
    private static MemberRecord member(Caller caller, ImageRecord r, String memberId) {
        return Optional.ofNullable(r.members.get(memberId)).filter(m -> listable(caller, r, m))
                .orElseThrow(() -> WebobError.of(404, memberId + " not found in the member list of the image "
                        + r.id + "."));
    }

    private static boolean listable(Caller caller, ImageRecord r, MemberRecord m) {
        return caller.admin() || isOwner(caller, r) || m.memberId().equals(caller.projectId());
    }

    private static boolean isOwner(Caller caller, ImageRecord r) {
        return r.owner != null && r.owner.equals(caller.projectId());
    }

    // Python truthiness of a decoded JSON value.
    private static boolean falsy(JsonNode v) {
        return v.isNull() || (v.isTextual() && v.asText().isEmpty()) || (v.isBoolean() && !v.booleanValue())
                || (v.isNumber() && v.doubleValue() == 0) || (v.isContainerNode() && v.size() == 0);
    }
}
