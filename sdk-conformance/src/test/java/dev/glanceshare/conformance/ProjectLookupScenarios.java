package dev.glanceshare.conformance;

import static dev.glanceshare.conformance.User.ALT;
import static dev.glanceshare.conformance.User.DEMO;

import dev.glanceshare.core.exception.ConflictException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.identity.ProjectDirectory;
import dev.glanceshare.identity.ProjectLookupRefusedException;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.Outcome;
import dev.glanceshare.image.model.MemberStatus;
import java.util.List;
import java.util.Map;

/**
 * Sharing by project name as an ordinary owner (alt, role member), issue 17: Keystone's default policy
 * refuses a member's name lookups, the SDK says so with a typed exception, an ID needs no lookup, and a
 * lookup credential (user lookup, reader on domain Default, domain-scoped) or a static directory make
 * names work. Each step states how many requests it sends.
 */
final class ProjectLookupScenarios {
    private ProjectLookupScenarios() {}

    static List<Scenario> all() {
        return List.of(
                Scenario.of("lookup-refused-for-member", "as alt (member): addByName(\"demo\") is refused by Keystone "
                        + "(403, then alt's own projects) and throws ProjectLookupRefusedException, with nothing sent to "
                        + "Glance; alt's own project resolves by name, once", ProjectLookupScenarios::refusedForMember),
                Scenario.of("lookup-add-by-id", "as alt: addByName(<demo's ID>) sends no Keystone request and exactly "
                        + "1 Glance request", ProjectLookupScenarios::addById),
                Scenario.of("lookup-with-lookup-credential", "as alt with a lookup credential (reader on domain Default, "
                        + "domain-scoped): addByName(\"demo\") works with 1 name lookup; the name is then kept; an "
                        + "unknown name is not found", ProjectLookupScenarios::withLookupCredential),
                Scenario.of("lookup-static-directory", "as alt with a static directory: addByName and bulk shareByName "
                        + "send 0 Keystone lookups", ProjectLookupScenarios::withStaticDirectory));
    }

    private static void refusedForMember(Run run) {
        String demo = run.project(DEMO);
        String id = run.call("create", ALT, a -> a.images().create(SharingScenarios.image(run, "lookup-refused")))
                .value().id();
        run.call("add-by-name-refused", ALT, a -> a.images().members(id).addByName("demo")).sent(2)
                .fails(ProjectLookupRefusedException.class, "Keystone refused to look up project 'demo'",
                        "pass the project's ID", "projectLookup", "GLANCESHARE_PROJECT_LOOKUP_CLOUD", "projectDirectory",
                        "GLANCESHARE_PROJECT_DIRECTORY", "identity:list_projects");
        run.call("bulk-share-by-name-and-id", ALT, a -> summary(a.bulk().shareByName(id, List.of("demo", demo))))
                .sent(4).expect("demo by name failed, demo by ID added", s -> s.equals("2 pairs: 1 added, 1 failed"));
        run.call("resolve-own-project-by-name", ALT, a -> a.session().resolveProjectId("alt")).sent(2)
                .expect("alt's ID", run.project(ALT)::equals);
        run.call("resolve-own-project-again", ALT, a -> a.session().resolveProjectId("alt")).sent(0)
                .expect("alt's ID", run.project(ALT)::equals);
        run.call("members", ALT, a -> a.images().members(id).list()).sent(1)
                .expect("demo only", l -> l.size() == 1 && l.get(0).memberId().equals(demo));
        run.exec("delete", ALT, a -> a.images().delete(id)).value();
    }

    private static void addById(Run run) {
        String demo = run.project(DEMO);
        String id = run.call("create", ALT, a -> a.images().create(SharingScenarios.image(run, "lookup-by-id")))
                .value().id();
        run.call("add-by-id", ALT, a -> a.images().members(id).addByName(demo)).sent(1)
                .expect("demo, pending", m -> m.memberId().equals(demo) && m.status() == MemberStatus.PENDING);
        run.exec("delete", ALT, a -> a.images().delete(id)).value();
    }

    private static void withLookupCredential(Run run) {
        String demo = run.project(DEMO);
        Actor owner = run.as(ALT, "alt (lookup credential)",
                b -> b.projectLookup(run.target().lookupCredentials(), Scope.domainName("Default")));
        String id = run.call("create", owner, a -> a.images().create(SharingScenarios.image(run, "lookup-credential")))
                .value().id();
        // the lookup session's token, GET /v3/projects?name=demo with it, the add
        run.call("add-by-name", owner, a -> a.images().members(id).addByName("demo")).sent(3)
                .expect("demo, pending", m -> m.memberId().equals(demo) && m.status() == MemberStatus.PENDING);
        run.call("add-by-name-again", owner, a -> a.images().members(id).addByName("demo")).sent(1)
                .fails(ConflictException.class);
        run.call("unknown-name", owner, a -> a.session().resolveProjectId(run.name("no-such-project"))).sent(1)
                .fails(ResourceNotFoundException.class);
        run.exec("delete", owner, a -> a.images().delete(id)).value();
    }

    private static void withStaticDirectory(Run run) {
        String demo = run.project(DEMO);
        String other = run.project(User.OTHER);
        Actor owner = run.as(ALT, "alt (static directory)",
                b -> b.projectDirectory(ProjectDirectory.of(Map.of("demo", demo, "other", other))));
        String id = run.call("create", owner, a -> a.images().create(SharingScenarios.image(run, "directory")))
                .value().id();
        run.call("add-by-name", owner, a -> a.images().members(id).addByName("demo")).sent(1)
                .expect("demo, pending", m -> m.memberId().equals(demo));
        String second = run.call("create-second", owner, a -> a.images().create(SharingScenarios.image(run,
                "directory-2"))).value().id();
        // 1 check of the image, 1 add per project: no Keystone request (one at a time, so the record's order holds)
        run.call("bulk-share-by-name", owner, a -> summary(a.bulk().withOptions(BulkOptions.builder().parallelism(1)
                .build()).shareByName(second, List.of("demo", "other"))))
                .sent(3).expect("both added", s -> s.equals("2 pairs: 2 added"));
        run.call("unknown-name", owner, a -> a.images().members(id).addByName("nobody")).sent(0)
                .fails(ResourceNotFoundException.class);
        run.exec("delete", owner, a -> a.images().delete(id)).value();
        run.exec("delete-second", owner, a -> a.images().delete(second)).value();
    }

    private static String summary(BulkResult result) {
        return result.count(Outcome.FAILED) + result.count(Outcome.ADDED) == result.items().size()
                ? result.summary() : result.summary() + " " + result.items();
    }
}
