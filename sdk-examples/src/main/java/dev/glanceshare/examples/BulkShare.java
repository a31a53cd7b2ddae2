package dev.glanceshare.examples;

import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ItemResult;
import dev.glanceshare.image.bulk.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner shares one image with many projects at once: one check of the image, then one request per
 * project not yet a member, 8 at a time. Prints progress, the summary and a table of every project not
 * newly added (already a member, not attempted, failed), or says that every project was added. Running it again is harmless and sends only the check.
 *
 * <pre>
 * BulkShare [image-name-or-id] [project-name-or-id ...]
 * </pre>
 * On the fake it defaults to the seeded image and 20 seeded projects {@code tenant-01} to {@code tenant-20}.
 */
public final class BulkShare {
    private static final String USAGE = "BulkShare <image-name-or-id> <project-name-or-id> [project ...]";

    private BulkShare() {}

    /**
     * @param args the image, then the projects
     */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args the image, then the projects
     * @return the run's result
     */
    public static BulkResult run(ExampleCloud cloud, String[] args) {
        String imageArg = Args.image(cloud, args, 0, USAGE);
        List<String> projects = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            projects.add(cloud.resolveProject(args[i]));
        }
        if (projects.isEmpty()) {
            projects.addAll(cloud.seedProjectsOnFake("tenant", 20));
        }
        if (projects.isEmpty()) {
            throw new IllegalArgumentException("usage: " + USAGE);
        }
        String imageId = cloud.owner().images().find(imageArg).id();

        BulkOptions options = BulkOptions.builder().parallelism(8).makeShared(true)
                .progress((done, total) -> {
                    if (done == total || done % 10 == 0) {
                        cloud.out().println("  " + done + " of " + total);
                    }
                }).build();
        BulkResult result = cloud.owner().bulk(options).share(imageId, projects);

        cloud.out().println("Shared " + imageArg + ": " + result.summary());
        Table table = Table.of("Project", "Outcome", "Reason");
        for (ItemResult r : result.items()) {
            if (r.outcome() != Outcome.ADDED) {
                table.row(r.projectId(), r.outcome(), r.reason().orElse(""));
            }
        }
        if (table.isEmpty()) {
            cloud.out().println("Every project was added.");
        } else {
            table.print(cloud.out());
        }
        cloud.printRequestSummary();
        cloud.out().println("(python-openstackclient: 5 requests and about 2 s per project, "
                + 5 * projects.size() + " requests for these.)");
        return result;
    }
}
