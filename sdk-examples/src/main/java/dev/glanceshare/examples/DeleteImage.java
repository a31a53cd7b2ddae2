package dev.glanceshare.examples;

/**
 * Deletes an image by name or ID. A name that matches several images is refused with the list of
 * candidates, and nothing is deleted.
 *
 * <pre>
 * DeleteImage [image-name-or-id]
 * </pre>
 */
public final class DeleteImage {
    private DeleteImage() {}

    /** @param args the image; on the fake it defaults to the seeded image */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args the image
     * @return the deleted image's ID
     */
    public static String run(ExampleCloud cloud, String[] args) {
        String image = Args.image(cloud, args, 0, "DeleteImage <image-name-or-id>");

        String id = cloud.owner().images().deleteByNameOrId(image);

        cloud.out().println("Deleted image " + image + " (" + id + ").");
        cloud.printRequestSummary();
        return id;
    }
}
