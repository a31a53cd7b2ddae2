package dev.glanceshare.examples;

import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ItemResult;
import java.util.List;
import java.util.Map;

/**
 * A customer leaves: removes its project from every shared image the caller owns. One request per page
 * of the caller's images, one check per image, one removal per image the project is a member of. Safe
 * to run again after an interruption: it finishes what is left.
 *
 * <pre>
 * Offboard [project-name-or-id]
 * </pre>
 * On the fake it first shares five seeded images with {@code demo}, then offboards {@code demo}.
 */
public final class Offboard {
    private static final String USAGE = "Offboard <project-name-or-id>";

    private Offboard() {}

    /**
     * @param args the project that leaves
     */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args the project that leaves
     * @return the run's result
     */
    public static BulkResult run(ExampleCloud cloud, String[] args) {
        String projectArg = Args.get(cloud, args, 0, "demo", USAGE);
        String projectId = cloud.resolveProject(projectArg);
        List<String> seeded = cloud.seedImagesOnFake("golden", 5);
        if (!seeded.isEmpty()) {
            seeded.forEach(image -> cloud.owner().bulk().share(Map.of(image, List.of(projectId))));
            cloud.out().println("(setup on the fake: admin shared 5 images with " + projectArg + ")");
            cloud.trace().clear();
        }

        BulkResult result = cloud.owner().bulk().offboard(projectId);

        cloud.out().println("Offboarded " + projectArg + ": " + result.summary());
        Table table = Table.of("Image ID", "Outcome", "Reason");
        for (ItemResult r : result.items()) {
            table.row(r.imageId(), r.outcome(), r.reason().orElse(""));
        }
        table.print(cloud.out());
        cloud.printRequestSummary();
        return result;
    }
}
