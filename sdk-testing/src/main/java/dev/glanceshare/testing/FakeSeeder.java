package dev.glanceshare.testing;

import dev.glanceshare.testing.internal.identity.IdentityStore;
import dev.glanceshare.testing.internal.identity.Project;
import dev.glanceshare.testing.internal.identity.UserAccount;
import dev.glanceshare.testing.internal.image.ImageSeeding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Puts state straight into a {@link FakeOpenStack}, without HTTP and without Glance's policy checks. Get
 * it with {@link FakeOpenStack#seed()}. Thread-safe; the builders it returns are not.
 *
 * <pre>{@code
 * FakeSeeder seed = fake.seed();
 * String carol = seed.project("carol");
 * seed.user("carol", "carol-secret").defaultProject("carol").role("carol", "member").create();
 * String image = seed.image("private-img").owner(carol).visibility("private").create();
 * }</pre>
 */
public final class FakeSeeder {
    private final IdentityStore identity;
    private final ImageSeeding images;

    FakeSeeder(IdentityStore identity, ImageSeeding images) {
        this.identity = identity;
        this.images = images;
    }

    /**
     * Creates a project in domain {@code Default}.
     *
     * @param name a unique name
     * @return the new project's ID (32 hex digits)
     * @throws IllegalArgumentException when the name is taken
     */
    public String project(String name) {
        return identity.addProject(Objects.requireNonNull(name, "name")).id();
    }

    /**
     * Starts a user in domain {@code Default}.
     *
     * @param name a unique name
     * @param password its password
     * @return the builder; call {@link UserSeed#create()}
     */
    public UserSeed user(String name, String password) {
        return new UserSeed(identity, name, password);
    }

    /**
     * Starts an application credential of a user, scoped to a project.
     *
     * @param userName an existing user
     * @param projectName an existing project
     * @return the builder; call {@link ApplicationCredentialSeed#create()}
     */
    public ApplicationCredentialSeed applicationCredential(String userName, String projectName) {
        return new ApplicationCredentialSeed(identity, userId(userName), projectId(projectName));
    }

    /**
     * Starts an image.
     *
     * @param name its name
     * @return the builder; call {@link ImageSeed#create()}
     */
    public ImageSeed image(String name) {
        return new ImageSeed(images, Objects.requireNonNull(name, "name"));
    }

    /**
     * Adds (or overwrites) a membership, whatever the image's visibility.
     *
     * @param imageId an existing image
     * @param memberId the member project ID (any string)
     * @param status pending, accepted or rejected
     * @return the membership
     */
    public MemberSnapshot member(String imageId, String memberId, String status) {
        return images.addMember(imageId, memberId, status);
    }

    /**
     * Looks a project up by name.
     *
     * @param name the project name
     * @return its ID
     * @throws IllegalArgumentException when there is none
     */
    public String projectId(String name) {
        return identity.projectByName(name).map(Project::id)
                .orElseThrow(() -> new IllegalArgumentException("no project named '" + name + "'"));
    }

    /**
     * Looks a user up by name.
     *
     * @param name the user name
     * @return its ID
     * @throws IllegalArgumentException when there is none
     */
    public String userId(String name) {
        return identity.userByName(name).map(UserAccount::id)
                .orElseThrow(() -> new IllegalArgumentException("no user named '" + name + "'"));
    }

    /**
     * Seeds the demo cloud: projects and users {@code admin}, {@code demo}, {@code alt} and {@code other}
     * (passwords {@code <name>-secret}; {@code admin} has the {@code admin} role, the others {@code member})
     * and the shared image {@value DemoSeed#IMAGE_NAME} owned by {@code admin}, with a little data.
     *
     * @return the IDs created
     * @throws IllegalArgumentException when any of these names is already taken
     */
    public DemoSeed demo() {
        List<String> names = DemoSeed.USERS;
        String[] projects = new String[names.size()];
        String[] users = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            projects[i] = project(names.get(i));
            users[i] = user(names.get(i), DemoSeed.password(names.get(i))).defaultProject(names.get(i))
                    .role(names.get(i), i == 0 ? "admin" : "member").create();
        }
        byte[] data = ("fake cirros 0.6.1 disk image\n".repeat(64)).getBytes(StandardCharsets.UTF_8);
        String image = image(DemoSeed.IMAGE_NAME).owner(projects[0]).visibility("shared").formats("qcow2", "bare")
                .data(data).create();
        return new DemoSeed(projects[0], projects[1], projects[2], users[0], users[1], users[2], image);
    }
}
