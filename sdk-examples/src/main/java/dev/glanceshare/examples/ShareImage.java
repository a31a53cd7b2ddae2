package dev.glanceshare.examples;

import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The owner shares an image with a project: finds the image by name or ID, makes sure it is
 * {@code shared} (a private image is made shared; a public one is never changed), and adds the project.
 * Adding a project that already is a member is not an error. Prints the member, how many requests it
 * took, and writes the run's sequence diagram to {@code target/share-image-trace.md}.
 *
 * <pre>
 * ShareImage [image-name-or-id] [project-name-or-id]
 * </pre>
 *
 * <p><b>Any owner can share by project ID</b>: given an image ID and a project ID it looks nothing up,
 * and the add is its only Glance request. A project <em>name</em> has to be looked up in Keystone, whose
 * default policy answers administrators only; an ordinary owner (role {@code member}) resolves only the
 * projects it belongs to, and for any other name the example stops with
 * {@link dev.glanceshare.identity.ProjectLookupRefusedException}, which says what to configure. To share
 * by name as an ordinary owner, configure one of:
 * <ul>
 *   <li>a lookup credential: {@code GLANCESHARE_PROJECT_LOOKUP_CLOUD=<cloud>} (or
 *       {@code project_lookup_cloud: <cloud>} in your cloud's clouds.yaml entry), naming a clouds.yaml
 *       cloud of a user with the {@code reader} role on the domain and {@code domain_name} set;
 *   <li>a directory: {@code GLANCESHARE_PROJECT_DIRECTORY=projects.yaml} (or {@code project_directory}),
 *       a file of {@code name: id} lines; then no Keystone lookup is sent.
 * </ul>
 * See docs/sharing-workflow.md, "Share by project name".
 *
 * <p>Run it with {@code GLANCESHARE_TOKEN_CACHE=file} (or {@code token_cache: file} in the cloud's
 * clouds.yaml entry) and the token is kept in an owner-only file under {@code ~/.cache/glanceshare}: the
 * first run sends 2 requests (token, add), the next runs 1 (add), until the token is due for renewal.
 *
 * <pre>
 * GLANCESHARE_TOKEN_CACHE=file OS_CLOUD=mycloud java ... ShareImage 9faa0b4e-... d39547a9caf340058c5cb4677c9c5bd7
 * GLANCESHARE_PROJECT_LOOKUP_CLOUD=project-lookup OS_CLOUD=mycloud java ... ShareImage my-image demo
 * </pre>
 */
public final class ShareImage {
    private static final String USAGE = "ShareImage <image-name-or-id> <project-name-or-id>";
    private static final Pattern IMAGE_ID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

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

        // IDs need no lookup: each lookup would be one more request (and a Keystone one for the project)
        String imageName;
        String imageId;
        if (IMAGE_ID.matcher(imageArg).matches()) {
            imageId = imageArg;
            imageName = imageArg;
        } else {
            Image image = cloud.owner().images().find(imageArg);
            imageId = image.id();
            imageName = image.name().orElse(image.id());
        }
        // an ID is used as it is, with no request; a name is looked up as configured (see above)
        String projectId = cloud.resolveProject(projectArg);
        Member member = cloud.owner().images().members(imageId)
                .add(projectId, MemberAddOptions.strict().ignoreExisting().makeShared());

        cloud.out().println("Shared " + imageName + " with project " + projectArg + ":");
        Table.of("Image ID", "Member ID", "Status", "Created").row(member.imageId(), member.memberId(),
                member.status().wireName(), member.createdAt()).print(cloud.out());
        cloud.printRequestSummary();
        cloud.out().println("(python-openstackclient sends 5 requests for 'image add project' given IDs; given a "
                + "project name as an ordinary owner, 3 more that Keystone refuses, and then it adds a member "
                + "literally named so.)");
        cloud.writeTrace(Path.of("target", "share-image-trace.md"), "ShareImage: " + imageName);
        return member;
    }
}
