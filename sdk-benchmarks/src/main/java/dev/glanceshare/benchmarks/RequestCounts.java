package dev.glanceshare.benchmarks;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.VisibilityFilter;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.image.v2.Image;
import org.openstack4j.model.image.v2.Member;

/**
 * Requests per task (issue 7, item 1), counted from the wire by the fake's journal: the SDK on a cold
 * client (auth and discovery included), the SDK on a warm client, and openstack4j 3.12, cold and warm.
 * Prints a Markdown table. Run with
 * {@code ./mvnw -q -pl sdk-benchmarks -am compile exec:java}.
 */
public final class RequestCounts {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private RequestCounts() {}

    /** What a task acts on, created in the fake without a request. */
    record Target(String imageId, String imageName, String projectId) {}

    /** One seed-workflow command: how to prepare it, and how each contender does it. */
    record Task(String name, String user, Function<Fixture, Target> prepare, BiConsumer<GlanceClient, Target> sdk,
            BiConsumer<OSClientV3, Target> os4j) {}

    static List<Task> tasks() {
        return List.of(
                new Task("list all images (1 page)", "admin", f -> target(f, null),
                        (c, t) -> c.images().list(ImageListOptions.builder().visibility(VisibilityFilter.ALL).build())
                                .forEach(i -> { }),
                        (o, t) -> o.imagesV2().list(Map.of("visibility", "all"))),
                new Task("delete by ID", "admin", f -> target(f, null),
                        (c, t) -> c.images().delete(t.imageId()), (o, t) -> o.imagesV2().delete(t.imageId())),
                new Task("delete by name", "admin", f -> target(f, null),
                        (c, t) -> c.images().deleteByNameOrId(t.imageName()),
                        (o, t) -> {
                            List<? extends Image> found = o.imagesV2().list(Map.of("name", t.imageName()));
                            o.imagesV2().delete(found.get(0).getId());
                        }),
                new Task("add project (IDs)", "admin", f -> target(f, null),
                        (c, t) -> c.images().members(t.imageId()).add(t.projectId()),
                        (o, t) -> o.imagesV2().createMember(t.imageId(), t.projectId())),
                new Task("add project (image by name)", "admin", f -> target(f, null),
                        (c, t) -> c.images().members(c.images().find(t.imageName()).id()).add(t.projectId()),
                        (o, t) -> {
                            List<? extends Image> found = o.imagesV2().list(Map.of("name", t.imageName()));
                            o.imagesV2().createMember(found.get(0).getId(), t.projectId());
                        }),
                new Task("remove project", "admin", f -> target(f, "pending"),
                        (c, t) -> c.images().members(t.imageId()).remove(t.projectId()),
                        (o, t) -> o.imagesV2().deleteMember(t.imageId(), t.projectId())),
                new Task("member list", "admin", f -> target(f, "pending"),
                        (c, t) -> c.images().members(t.imageId()).list(),
                        (o, t) -> o.imagesV2().listMembers(t.imageId())),
                new Task("accept (as demo)", "demo", f -> target(f, "pending"),
                        (c, t) -> c.images().members(t.imageId()).accept(),
                        (o, t) -> o.imagesV2().updateMember(t.imageId(), t.projectId(), Member.MemberStatus.ACCEPTED)));
    }

    /** A fresh shared image owned by admin, with demo as a member in the given status (or none). */
    static Target target(Fixture f, String memberStatus) {
        String name = "bench-" + NAMES.incrementAndGet();
        String id = f.fake().seed().image(name).owner(f.seed().adminProjectId()).visibility("shared").create();
        if (memberStatus != null) {
            f.fake().seed().member(id, f.seed().demoProjectId(), memberStatus);
        }
        return new Target(id, name, f.seed().demoProjectId());
    }

    /** One row: the requests each contender sent for a task. */
    record Row(String task, int sdkCold, int sdkWarm, int os4jCold, int os4jWarm, String sdkColdLines) {}

    /**
     * @param fixture the fake
     * @return one row per task
     */
    public static List<Row> measure(Fixture fixture) {
        FakeOpenStack fake = fixture.fake();
        List<Row> rows = new ArrayList<>();
        for (Task task : tasks()) {
            try (ApacheHttpTransport transport = Fixture.sdkTransport();
                    KeystoneSession session = fixture.session(task.user(), transport);
                    GlanceClient client = Fixture.client(session)) {
                Target cold = task.prepare().apply(fixture);
                fake.journal().clear();
                task.sdk().accept(client, cold);
                List<RecordedRequest> coldLines = fake.journal().requests();
                Target warm = task.prepare().apply(fixture);
                fake.journal().clear();
                task.sdk().accept(client, warm);
                int sdkWarm = fake.journal().size();

                Target os4jColdTarget = task.prepare().apply(fixture);
                fake.journal().clear();
                OSClientV3 os = Os4j.authenticate(fixture, task.user());
                task.os4j().accept(os, os4jColdTarget);
                int os4jCold = fake.journal().size();
                Target os4jWarmTarget = task.prepare().apply(fixture);
                fake.journal().clear();
                task.os4j().accept(os, os4jWarmTarget);
                int os4jWarm = fake.journal().size();
                rows.add(new Row(task.name(), coldLines.size(), sdkWarm, os4jCold, os4jWarm,
                        String.join("<br>", coldLines.stream().map(RecordedRequest::line).toList())));
            }
        }
        return rows;
    }

    /**
     * @param rows the measured rows
     * @return them as a Markdown table
     */
    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder(
                "| task | SDK cold | SDK warm | openstack4j cold | openstack4j warm | SDK cold, on the wire |\n"
                        + "|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.task()).append(" | ").append(r.sdkCold()).append(" | ").append(r.sdkWarm())
                    .append(" | ").append(r.os4jCold()).append(" | ").append(r.os4jWarm()).append(" | ")
                    .append(r.sdkColdLines()).append(" |\n");
        }
        return sb.toString();
    }

    /** @param args none */
    public static void main(String[] args) {
        try (Fixture fixture = Fixture.start()) {
            System.out.print(markdown(measure(fixture)));
        }
    }
}
