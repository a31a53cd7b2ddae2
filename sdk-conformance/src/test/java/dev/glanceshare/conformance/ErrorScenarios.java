package dev.glanceshare.conformance;

import static dev.glanceshare.conformance.User.ALT;
import static dev.glanceshare.conformance.User.DEMO;
import static dev.glanceshare.conformance.User.OTHER;

import dev.glanceshare.core.exception.ConflictException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.exception.QuotaExceededException;
import dev.glanceshare.image.ImageNotSharedException;
import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.Visibility;
import java.util.List;

/**
 * Glance's refusals, as a plain owner (alt), a member (demo) and a stranger (other) meet them. Two are
 * sent raw because the SDK refuses to send them: an invalid member status and a PATCH with the wrong
 * media type.
 */
final class ErrorScenarios {
    private ErrorScenarios() {}

    static List<Scenario> all() {
        return List.of(
                Scenario.of("sharing-errors", "add to a private image 403, duplicate member 409, stranger 404, "
                        + "owner setting a status 403, member adding/removing 403, invalid status 400 (raw), "
                        + "member status of a non-member 404", ErrorScenarios::sharingErrors),
                Scenario.of("member-quota", "128 members fill an image's quota; the 129th is refused with 413 "
                        + "(QuotaExceededException) and leaves nothing behind", ErrorScenarios::memberQuota),
                Scenario.of("image-errors", "protected image delete 403, unprotect and delete, delete again 404, "
                        + "PATCH with application/json 415 (raw), member PATCH/DELETE 403", ErrorScenarios::imageErrors));
    }

    private static void sharingErrors(Run run) {
        String demo = run.project(DEMO);
        String other = run.project(OTHER);
        String priv = run.call("create-private", ALT, a -> a.images().create(ImageCreate.builder()
                .from(SharingScenarios.image(run, "private")).visibility(Visibility.PRIVATE).build())).value().id();
        run.call("add-to-private", ALT, a -> a.images().members(priv).add(demo)).fails(ImageNotSharedException.class);
        String id = run.call("create-shared", ALT, a -> a.images().create(SharingScenarios.image(run, "shared"))).value().id();
        run.call("add-member", ALT, a -> a.images().members(id).add(demo))
                .expect("pending", m -> m.status() == MemberStatus.PENDING);
        run.call("add-member-again", ALT, a -> a.images().members(id).add(demo)).fails(ConflictException.class);
        run.call("add-member-again-ignoring-existing", ALT,
                a -> a.images().members(id).add(demo, MemberAddOptions.strict().ignoreExisting()))
                .expect("the existing pending member", m -> m.status() == MemberStatus.PENDING);
        run.call("stranger-gets-image", OTHER, a -> a.images().get(id)).fails(NotFoundException.class);
        run.call("stranger-lists-members", OTHER, a -> a.images().members(id).list()).fails(NotFoundException.class);
        run.call("stranger-gets-member", OTHER, a -> a.images().members(id).get(demo)).fails(NotFoundException.class);
        run.call("stranger-adds-member", OTHER, a -> a.images().members(id).add(other)).fails(NotFoundException.class);
        run.call("stranger-accepts", OTHER, a -> a.images().members(id).accept()).fails(NotFoundException.class);
        run.call("owner-sets-status", ALT, a -> a.images().members(id).updateStatus(demo, MemberStatus.ACCEPTED))
                .fails(ForbiddenException.class);
        run.call("owner-sees-status-unchanged", ALT, a -> a.images().members(id).get(demo))
                .expect("still pending", m -> m.status() == MemberStatus.PENDING);
        run.call("owner-accepts-own-image", ALT, a -> a.images().members(id).accept()).fails(ForbiddenException.class);
        run.call("member-adds-member", DEMO, a -> a.images().members(id).add(other)).fails(ForbiddenException.class);
        run.exec("member-removes-itself", DEMO, a -> a.images().members(id).remove(demo)).fails(ForbiddenException.class);
        run.call("member-sets-invalid-status", DEMO, a -> a.glanceRaw("PUT", "/images/" + id + "/members/" + demo,
                "{\"status\": \"bogus\"}", "application/json")).status(400);
        run.call("member-sets-uppercase-status", DEMO, a -> a.glanceRaw("PUT", "/images/" + id + "/members/" + demo,
                "{\"status\": \"ACCEPTED\"}", "application/json")).status(400);
        run.call("member-sets-status-of-non-member", DEMO,
                a -> a.images().members(id).updateStatus(other, MemberStatus.ACCEPTED)).fails(NotFoundException.class);
        run.call("owner-removes-non-member", ALT, a -> a.images().members(id).removeIfPresent(other))
                .expect("false", present -> !present);
        run.call("make-private-with-members", ALT, a -> a.images().update(id, ImageUpdate.builder()
                .visibility(Visibility.PRIVATE).build())).expect("private", i -> i.visibility() == Visibility.PRIVATE);
        run.call("owner-lists-members-of-private", ALT, a -> a.images().members(id).list()).fails(ForbiddenException.class);
        run.call("member-gets-private", DEMO, a -> a.images().get(id)).fails(NotFoundException.class);
        run.call("make-shared-again", ALT, a -> a.images().makeShared(id))
                .expect("shared", i -> i.visibility() == Visibility.SHARED);
        run.call("members-are-back", ALT, a -> a.images().members(id).list())
                .expect("demo, pending", l -> l.size() == 1 && l.get(0).status() == MemberStatus.PENDING);
        run.call("make-public-as-plain-owner", ALT, a -> a.images().update(id, ImageUpdate.builder()
                .visibility(Visibility.PUBLIC).build())).fails(ForbiddenException.class);
        run.exec("delete-shared", ALT, a -> a.images().delete(id)).value();
        run.exec("delete-private", ALT, a -> a.images().delete(priv)).value();
    }

    private static void memberQuota(Run run) {
        String id = run.call("create", ALT, a -> a.images().create(SharingScenarios.image(run, "quota"))).value().id();
        run.call("add-128-members", ALT, a -> {
            int added = 0;
            for (int n = 1; n <= 128; n++) {
                a.images().members(id).add(String.format("%032x", n));
                added++;
            }
            return added;
        }).expect("128", n -> n == 128);
        run.call("add-member-129", ALT, a -> a.images().members(id).add(String.format("%032x", 129)))
                .fails(QuotaExceededException.class);
        run.call("count-members", ALT, a -> a.images().members(id).list().size()).expect("128", n -> n == 128);
        run.exec("delete", ALT, a -> a.images().delete(id)).value();
    }

    private static void imageErrors(Run run) {
        String demo = run.project(DEMO);
        String id = run.call("create-protected", ALT, a -> a.images().create(ImageCreate.builder()
                .from(SharingScenarios.image(run, "protected")).isProtected(true).build()))
                .expect("protected", i -> i.isProtected()).id();
        run.call("add-member", ALT, a -> a.images().members(id).add(demo)).value();
        run.exec("delete-protected", ALT, a -> a.images().delete(id)).fails(ForbiddenException.class);
        run.call("patch-with-json-media-type", ALT, a -> a.glanceRaw("PATCH", "/images/" + id,
                "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"x\"}]", "application/json")).status(415);
        run.call("member-renames", DEMO, a -> a.images().update(id, ImageUpdate.builder().name("mine").build()))
                .fails(ForbiddenException.class);
        run.exec("member-deletes", DEMO, a -> a.images().delete(id)).fails(ForbiddenException.class);
        run.call("unprotect", ALT, a -> a.images().update(id, ImageUpdate.builder().protectedImage(false).build()))
                .expect("unprotected", i -> !i.isProtected());
        run.exec("delete-unprotected", ALT, a -> a.images().delete(id)).value();
        run.exec("delete-again", ALT, a -> a.images().delete(id)).fails(NotFoundException.class);
        run.call("get-deleted", ALT, a -> a.images().get(id)).fails(NotFoundException.class);
    }
}
