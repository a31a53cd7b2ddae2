package dev.glanceshare.conformance;

import static dev.glanceshare.conformance.User.ADMIN;
import static dev.glanceshare.conformance.User.ALT;
import static dev.glanceshare.conformance.User.DEMO;

import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.ImageStatus;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.MemberStatusFilter;
import dev.glanceshare.image.model.Visibility;
import dev.glanceshare.image.model.VisibilityFilter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** The sharing workflow the CLI walk-through covers, tags, and an owner holding the admin role. */
final class SharingScenarios {
    private SharingScenarios() {}

    static final byte[] DATA = "glanceshare conformance image data\n".repeat(32).getBytes(StandardCharsets.UTF_8);

    static List<Scenario> all() {
        return List.of(
                Scenario.of("seed-workflow", "create + upload, list --all, share, accept/reject/pending as member, "
                        + "member lists as owner and member, remove project, delete by name and by ID",
                        SharingScenarios::seedWorkflow),
                Scenario.of("tags", "tag add/remove (idempotent, missing tag 404, member may not tag), list by tag, "
                        + "accept a tagged image", SharingScenarios::tags),
                Scenario.of("admin-owner", "an owner with the admin role may set a member's status (legacy policy)",
                        SharingScenarios::adminOwner));
    }

    static ImageCreate image(Run run, String suffix) {
        return ImageCreate.builder().name(run.name(suffix)).diskFormat("raw").containerFormat("bare").build();
    }

    private static void seedWorkflow(Run run) throws Exception {
        String demo = run.project(DEMO);
        Image seed = run.call("create", ADMIN, a -> a.images().create(image(run, "seed")))
                .expect("a queued shared image", i -> i.status() == ImageStatus.QUEUED && i.visibility() == Visibility.SHARED);
        String id = seed.id();
        run.exec("upload", ADMIN, a -> a.images().upload(id, new ByteArrayInputStream(DATA), DATA.length, n -> {})).value();
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(DATA));
        run.call("get-after-upload", ADMIN, a -> a.images().get(id))
                .expect("an active image with the data's size and MD5", i -> i.status() == ImageStatus.ACTIVE
                        && i.size().orElse(-1) == DATA.length && i.checksum().orElse("").equals(md5));
        run.call("list-all", ADMIN, a -> run.own(a.images().list(ImageListOptions.builder()
                        .visibility(VisibilityFilter.ALL).pageSize(ImageListOptions.MAX_PAGE_SIZE).build())))
                .expect("the new image", l -> l.stream().anyMatch(i -> i.id().equals(id)));
        run.call("make-shared", ADMIN, a -> a.images().makeShared(id))
                .expect("visibility shared", i -> i.visibility() == Visibility.SHARED);
        run.call("add-project", ADMIN, a -> a.images().members(id).add(demo))
                .expect("a pending member", m -> m.status() == MemberStatus.PENDING && m.memberId().equals(demo));
        run.call("list-members-as-owner", ADMIN, a -> a.images().members(id).list())
                .expect("demo, pending", l -> l.size() == 1 && l.get(0).status() == MemberStatus.PENDING);
        run.call("member-default-list-while-pending", DEMO, a -> run.own(a.images().list(ImageListOptions.none())))
                .expect("no pending share", List::isEmpty);
        run.call("member-shared-with-me-pending", DEMO, a -> run.own(a.images().sharedWithMe(MemberStatusFilter.PENDING)))
                .expect("the pending share", l -> l.size() == 1);
        run.call("member-get-while-pending", DEMO, a -> a.images().get(id)).value();
        run.call("accept", DEMO, a -> a.images().members(id).accept())
                .expect("accepted", m -> m.status() == MemberStatus.ACCEPTED);
        run.call("list-members-as-member", DEMO, a -> a.images().members(id).list())
                .expect("only demo's own membership", l -> l.size() == 1 && l.get(0).memberId().equals(demo));
        run.call("member-default-list-after-accept", DEMO, a -> run.own(a.images().list(ImageListOptions.none())))
                .expect("the accepted share", l -> l.size() == 1);
        run.call("reject", DEMO, a -> a.images().members(id).reject())
                .expect("rejected", m -> m.status() == MemberStatus.REJECTED);
        run.call("member-default-list-after-reject", DEMO, a -> run.own(a.images().list(ImageListOptions.none())))
                .expect("no rejected share", List::isEmpty);
        run.call("pending", DEMO, a -> a.images().members(id).pending())
                .expect("pending", m -> m.status() == MemberStatus.PENDING);
        run.call("get-member-as-owner", ADMIN, a -> a.images().members(id).get(demo))
                .expect("pending", m -> m.status() == MemberStatus.PENDING);
        run.exec("remove-project", ADMIN, a -> a.images().members(id).remove(demo)).value();
        run.call("list-members-after-remove", ADMIN, a -> a.images().members(id).list()).expect("none", List::isEmpty);
        run.call("remove-project-again", ADMIN, a -> a.images().members(id).removeIfPresent(demo))
                .expect("false", present -> !present);
        Image second = run.call("create-second", ADMIN, a -> a.images().create(image(run, "seed-2"))).value();
        run.call("delete-by-name", ADMIN, a -> a.images().deleteByNameOrId(run.name("seed")))
                .expect("the seed image's ID", id::equals);
        run.exec("delete-by-id", ADMIN, a -> a.images().delete(second.id())).value();
        run.call("get-deleted", ADMIN, a -> a.images().get(id)).fails(NotFoundException.class);
    }

    private static void tags(Run run) {
        String demo = run.project(DEMO);
        Image tagged = run.call("create-with-tag", ALT, a -> a.images().create(ImageCreate.builder()
                .from(image(run, "tagged")).addTags("red").build())).expect("tag red", i -> i.tags().equals(List.of("red")));
        String id = tagged.id();
        run.exec("add-tag", ALT, a -> a.images().addTag(id, "blue")).value();
        run.exec("add-tag-again", ALT, a -> a.images().addTag(id, "blue")).value();
        run.exec("add-tag-with-space", ALT, a -> a.images().addTag(id, "two words")).value();
        run.call("get-with-tags", ALT, a -> a.images().get(id))
                .expect("tags red, blue, two words", i -> i.tags().containsAll(List.of("red", "blue", "two words"))
                        && i.tags().size() == 3);
        run.exec("remove-tag", ALT, a -> a.images().removeTag(id, "two words")).value();
        run.exec("remove-missing-tag", ALT, a -> a.images().removeTag(id, "nope")).fails(NotFoundException.class);
        run.call("replace-tags", ALT, a -> a.images().update(id, ImageUpdate.builder().tags(List.of("blue", "green")).build()))
                .expect("tags blue, green", i -> i.tags().size() == 2 && i.tags().containsAll(List.of("blue", "green")));
        run.call("list-by-tag", ALT, a -> run.own(a.images().list(ImageListOptions.builder().tag("green").tag("blue").build())))
                .expect("the tagged image", l -> l.size() == 1 && l.get(0).id().equals(id));
        run.call("add-project", ALT, a -> a.images().members(id).add(demo)).value();
        run.call("member-get-tagged", DEMO, a -> a.images().get(id)).expect("two tags", i -> i.tags().size() == 2);
        run.call("member-accepts-tagged", DEMO, a -> a.images().acceptShare(id))
                .expect("accepted", m -> m.status() == MemberStatus.ACCEPTED);
        run.exec("member-may-not-tag", DEMO, a -> a.images().addTag(id, "mine")).fails(ForbiddenException.class);
        run.call("member-lists-by-tag", DEMO, a -> run.own(a.images().list(ImageListOptions.builder().tag("blue").build())))
                .expect("the accepted, tagged image", l -> l.size() == 1);
        run.exec("delete", ALT, a -> a.images().delete(id)).value();
    }

    private static void adminOwner(Run run) {
        String demo = run.project(DEMO);
        String id = run.call("create", ADMIN, a -> a.images().create(image(run, "admin-owned"))).value().id();
        run.call("add-project", ADMIN, a -> a.images().members(id).add(demo)).value();
        run.call("admin-owner-accepts-for-member", ADMIN, a -> a.images().members(id).updateStatus(demo, MemberStatus.ACCEPTED))
                .expect("accepted", m -> m.status() == MemberStatus.ACCEPTED);
        run.call("member-sees-accepted", DEMO, a -> a.images().members(id).get(demo))
                .expect("accepted", m -> m.status() == MemberStatus.ACCEPTED);
        run.call("admin-owner-rejects-for-member", ADMIN, a -> a.images().members(id).updateStatus(demo, MemberStatus.REJECTED))
                .expect("rejected", m -> m.status() == MemberStatus.REJECTED);
        run.exec("delete", ADMIN, a -> a.images().delete(id)).value();
    }
}
