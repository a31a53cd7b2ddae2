package dev.glanceshare.image.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.exception.ConflictException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.image.ImageNotSharedException;
import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.MemberService;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.Visibility;
import java.util.List;
import java.util.Objects;

/** The {@link MemberService} of one image. */
final class DefaultMemberService implements MemberService {
    private final GlanceApi api;
    private final Session session;
    private final DefaultImageService images;
    private final String imageId;

    DefaultMemberService(GlanceApi api, Session session, DefaultImageService images, String imageId) {
        this.api = api;
        this.session = session;
        this.images = images;
        this.imageId = imageId;
    }

    @Override
    public String imageId() {
        return imageId;
    }

    @Override
    public Member add(String projectId) {
        return add(projectId, MemberAddOptions.strict());
    }

    @Override
    public Member add(String projectId, MemberAddOptions options) {
        Ids.projectId(projectId);
        Objects.requireNonNull(options, "options");
        try {
            return post(projectId);
        } catch (ConflictException e) {
            if (!options.isIgnoreExisting()) {
                throw e;
            }
            return get(projectId);
        } catch (ForbiddenException refused) {
            Image image = explainRefusal(refused);
            if (!options.isMakeShared() || image.visibility() != Visibility.PRIVATE) {
                throw new ImageNotSharedException(refused, image.visibility());
            }
            images.update(imageId, ImageUpdate.builder().visibility(Visibility.SHARED).build());
            return add(projectId, withoutMakeShared(options));
        }
    }

    private static MemberAddOptions withoutMakeShared(MemberAddOptions options) {
        MemberAddOptions o = MemberAddOptions.strict();
        return options.isIgnoreExisting() ? o.ignoreExisting() : o;
    }

    /**
     * Glance's 403 does not say why. Reads the image: when it is shared after all, the refusal has another
     * cause (the caller is a member, not the owner), and Glance's own error stands.
     */
    private Image explainRefusal(ForbiddenException refused) {
        Image image = images.get(imageId);
        if (image.visibility() == Visibility.SHARED) {
            throw refused;
        }
        return image;
    }

    private Member post(String projectId) {
        ObjectNode body = JsonCodec.standard().objectNode().put("member", projectId);
        return api.sendJson("POST", api.url("images", imageId, "members"), body, "application/json",
                "member", ImageReader::member);
    }

    @Override
    public Member addByName(String projectNameOrId) {
        Objects.requireNonNull(projectNameOrId, "projectNameOrId");
        String trimmed = projectNameOrId.trim();
        // an ID needs no lookup, and a non-admin's lookup of another project's ID would be refused
        return add(Ids.isProjectId(trimmed) ? trimmed : session.resolveProjectId(projectNameOrId));
    }

    @Override
    public void remove(String projectId) {
        api.send(api.request("DELETE", api.url("images", imageId, "members", Ids.projectId(projectId))).build());
    }

    @Override
    public boolean removeIfPresent(String projectId) {
        try {
            remove(projectId);
            return true;
        } catch (NotFoundException e) {
            // Glance says "<p> not found in the member list of the image <id>." for a missing member, and
            // "Image <id> not found." when the image itself is gone or invisible: only the first is "absent".
            if (e.serverMessage().contains("not found in the member list")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Member> list() {
        return api.getJson(api.url("images", imageId, "members"), "member list", ImageReader::members);
    }

    @Override
    public Member get(String projectId) {
        return api.getJson(api.url("images", imageId, "members", Ids.projectId(projectId)), "member",
                ImageReader::member);
    }

    @Override
    public Member accept() {
        return updateStatus(images.myProject(), MemberStatus.ACCEPTED);
    }

    @Override
    public Member reject() {
        return updateStatus(images.myProject(), MemberStatus.REJECTED);
    }

    @Override
    public Member pending() {
        return updateStatus(images.myProject(), MemberStatus.PENDING);
    }

    @Override
    public Member updateStatus(String projectId, MemberStatus status) {
        Ids.projectId(projectId);
        if (Objects.requireNonNull(status, "status") == MemberStatus.UNKNOWN) {
            throw new IllegalArgumentException("Status must be PENDING, ACCEPTED or REJECTED");
        }
        ObjectNode body = JsonCodec.standard().objectNode().put("status", status.wireName());
        return api.sendJson("PUT", api.url("images", imageId, "members", projectId), body, "application/json",
                "member", ImageReader::member);
    }
}
