package dev.glanceshare.conformance;

import static dev.glanceshare.conformance.User.ALT;
import static dev.glanceshare.conformance.User.DEMO;
import static dev.glanceshare.conformance.User.OTHER;

import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.Page;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.ImageListOptions.SortKey;
import dev.glanceshare.image.model.MemberStatus;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Paging through a listing, and finding images by name. */
final class LookupScenarios {
    private LookupScenarios() {}

    static List<Scenario> all() {
        return List.of(
                Scenario.of("pagination", "5 tagged images listed 2 per page (3 pages), 5 per page (a full page has "
                        + "`next`, the follow-up is empty), lazily 1 per page", LookupScenarios::pagination),
                Scenario.of("name-lookup", "ambiguous name, missing name, unknown UUID, a pending share found and "
                        + "accepted by name, a stranger cannot find it", LookupScenarios::nameLookup));
    }

    private static void pagination(Run run) {
        String tag = "page-" + run.name("tag");
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            String name = run.name("page-" + n);
            names.add(name);
            run.call("create-" + n, ALT, a -> a.images().create(ImageCreate.builder().name(name).diskFormat("raw")
                    .containerFormat("bare").addTags(tag).build())).value();
        }
        run.call("list-2-per-page", ALT, a -> pageSizes(a.images().list(ImageListOptions.builder().tag(tag)
                        .sort(SortKey.NAME, true).pageSize(2).build()).pages()))
                .expect("pages of 2, 2 and 1", sizes -> sizes.equals(List.of(2, 2, 1)));
        run.call("list-2-per-page-items", ALT, a -> names(a.images().list(ImageListOptions.builder().tag(tag)
                        .sort(SortKey.NAME, true).pageSize(2).build())))
                .expect("the five names in order", names::equals);
        run.call("list-5-per-page", ALT, a -> pageSizes(a.images().list(ImageListOptions.builder().tag(tag)
                        .sort(SortKey.NAME, false).pageSize(5).build()).pages()))
                .expect("a full page and an empty one", sizes -> sizes.equals(List.of(5, 0)));
        run.call("list-1-per-page-first-two", ALT, a -> {
            Iterator<Image> it = a.images().list(ImageListOptions.builder().tag(tag).sort(SortKey.NAME, true)
                    .pageSize(1).build()).iterator();
            return List.of(it.next().name().orElse(""), it.next().name().orElse(""));
        }).expect("the first two names, two requests", l -> l.equals(names.subList(0, 2)));
    }

    private static List<Integer> pageSizes(Iterator<Page<Image>> pages) {
        List<Integer> sizes = new ArrayList<>();
        pages.forEachRemaining(p -> sizes.add(p.items().size()));
        return sizes;
    }

    private static List<String> names(Iterable<Image> images) {
        List<String> out = new ArrayList<>();
        images.forEach(i -> out.add(i.name().orElse("")));
        return out;
    }

    private static void nameLookup(Run run) {
        String demo = run.project(DEMO);
        String dup = run.name("dup");
        String first = run.call("create-dup-1", ALT, a -> a.images().create(SharingScenarios.image(run, "dup"))).value().id();
        String second = run.call("create-dup-2", ALT, a -> a.images().create(SharingScenarios.image(run, "dup"))).value().id();
        run.call("find-ambiguous", ALT, a -> a.images().find(dup)).fails(AmbiguousNameException.class);
        run.call("delete-ambiguous", ALT, a -> a.images().deleteByNameOrId(dup)).fails(AmbiguousNameException.class);
        run.call("find-missing-name", ALT, a -> a.images().find(run.name("missing"))).fails(ResourceNotFoundException.class);
        run.call("find-unknown-uuid", ALT, a -> a.images().find("00000000-0000-4000-8000-000000000000"))
                .fails(ResourceNotFoundException.class);
        run.call("find-by-id", ALT, a -> a.images().find(first)).expect("the first dup", i -> i.id().equals(first));
        String pendingName = run.name("pending-share");
        String id = run.call("create-pending-share", ALT, a -> a.images().create(SharingScenarios.image(run, "pending-share")))
                .value().id();
        run.call("add-member", ALT, a -> a.images().members(id).add(demo)).value();
        run.call("member-finds-pending-by-name", DEMO, a -> a.images().find(pendingName))
                .expect("the pending share", i -> i.id().equals(id));
        run.call("member-accepts-pending-by-name", DEMO, a -> a.images().acceptShare(pendingName))
                .expect("accepted", m -> m.status() == MemberStatus.ACCEPTED);
        run.call("member-rejects-by-name", DEMO, a -> a.images().rejectShare(pendingName))
                .expect("rejected", m -> m.status() == MemberStatus.REJECTED);
        run.call("member-finds-rejected-by-name", DEMO, a -> a.images().find(pendingName))
                .expect("the rejected share", i -> i.id().equals(id));
        run.call("stranger-finds-by-name", OTHER, a -> a.images().find(pendingName)).fails(ResourceNotFoundException.class);
        run.call("stranger-finds-by-id", OTHER, a -> a.images().find(id)).fails(ResourceNotFoundException.class);
        run.call("delete-by-name", ALT, a -> a.images().deleteByNameOrId(pendingName))
                .expect("its ID", id::equals);
        run.exec("delete-dup-1", ALT, a -> a.images().delete(first)).value();
        run.call("delete-dup-2-by-name", ALT, a -> a.images().deleteByNameOrId(dup)).expect("the second dup", second::equals);
    }
}
