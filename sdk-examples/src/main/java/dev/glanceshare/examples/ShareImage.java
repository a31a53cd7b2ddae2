package dev.glanceshare.examples;

import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import java.nio.file.Path;

/**
 * The owner shares an image with a project: finds the image by name or ID, makes sure it is
 * {@code shared} (a private image is made shared; a public one is never changed), and adds the project.
 * Adding a project that already is a member is not an error. Prints the member, how many requests it
 * took, and writes the run's sequence diagram to {@code target/share-image-trace.md}.
 *
 * <pre>
 * ShareImage [image-name-or-id] [project-name-or-id]
 * </pre>
 */
public final class ShareImage {
    private static final String USAGE = "ShareImage <image-name-or-id> <project-name-or-id>";

    private ShareImage() {}

    /**
     * @param args image and project; on the fake they default to the seeded image and project {@code demo}
     */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args image and project
     * @return the member
     */
    public static Member run(ExampleCloud cloud, String[] args) {
        String imageArg = Args.image(cloud, args, 0, USAGE);
        String projectArg = Args.get(cloud, args, 1, "demo", USAGE);

        Image image = cloud.owner().images().find(imageArg);
        String projectId = cloud.resolveProject(projectArg);
        Member member = cloud.owner().images().members(image.id())
                .add(projectId, MemberAddOptions.strict().ignoreExisting().makeShared());

        cloud.out().println("Shared " + image.name().orElse(image.id()) + " with project " + projectArg + ":");
        Table.of("Image ID", "Member ID", "Status", "Created").row(member.imageId(), member.memberId(),
                member.status().wireName(), member.createdAt()).print(cloud.out());
        cloud.printRequestSummary();
        cloud.out().println("(python-openstackclient sends 5 requests for 'image add project' given IDs, "
                + "and more by name.)");
        cloud.writeTrace(Path.of("target", "share-image-trace.md"), "ShareImage: " + image.name().orElse(image.id()));
        return member;
    }
}
