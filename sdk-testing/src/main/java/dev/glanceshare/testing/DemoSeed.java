package dev.glanceshare.testing;

/**
 * What {@link FakeSeeder#demo()} created: projects {@code admin}, {@code demo}, {@code alt} and
 * {@code other}, users of the same names (password {@code <name>-secret}, domain {@code Default}, default
 * project of the same name; {@code admin} has the {@code admin} role, the others {@code member}), and the
 * shared image {@value #IMAGE_NAME} owned by {@code admin}. {@code demo} and {@code alt} are the usual
 * member candidates; {@code other} is a second non-admin stranger, neither owner nor member of anything,
 * like the reference cloud's {@code other}; its IDs are {@code fake.seed().projectId("other")} and
 * {@code fake.seed().userId("other")} (the record keeps its seven components, so code that builds one still
 * compiles).
 *
 * @param adminProjectId ID of project {@code admin}
 * @param demoProjectId ID of project {@code demo}
 * @param altProjectId ID of project {@code alt}
 * @param adminUserId ID of user {@code admin}
 * @param demoUserId ID of user {@code demo}
 * @param altUserId ID of user {@code alt}
 * @param imageId ID of image {@value #IMAGE_NAME}
 */
public record DemoSeed(String adminProjectId, String demoProjectId, String altProjectId, String adminUserId,
        String demoUserId, String altUserId, String imageId) {

    /** The seeded image's name. */
    public static final String IMAGE_NAME = "cirros-0.6.1-x86_64-disk";
    /** The seeded users, admin first. */
    public static final java.util.List<String> USERS = java.util.List.of("admin", "demo", "alt", "other");
    /** The domain name of every seeded user and project. */
    public static final String DOMAIN = "Default";

    /**
     * Returns the password the demo seed gives a user.
     *
     * @param userName {@code admin}, {@code demo}, {@code alt} or {@code other}
     * @return {@code userName + "-secret"}
     */
    public static String password(String userName) {
        return userName + "-secret";
    }
}
