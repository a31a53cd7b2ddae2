package dev.glanceshare.examples;

/**
 * The owner removes a project from an image's members. Removing a project that is not a member is
 * reported, not an error.
 *
 * <pre>
 * RevokeShare [image-name-or-id] [project-name-or-id]
 * </pre>
 */
public final class RevokeShare {
    private static final String USAGE = "RevokeShare <image-name-or-id> <project-name-or-id>";

    private RevokeShare() {}

    /** @param args image and project; on the fake they default to the seeded image and demo */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args image and project
     * @return whether the project was a member
     */
    public static boolean run(ExampleCloud cloud, String[] args) {
        String image = Args.image(cloud, args, 0, USAGE);
        String project = Args.get(cloud, args, 1, "demo", USAGE);
        cloud.prepareShareOnFake(image);

        String imageId = cloud.owner().images().find(image).id();
        boolean removed = cloud.owner().images().members(imageId).removeIfPresent(cloud.resolveProject(project));

        cloud.out().println(removed ? "Removed project " + project + " from " + image + "."
                : "Project " + project + " was not a member of " + image + "; nothing to do.");
        cloud.printRequestSummary();
        return removed;
    }
}
