import dev.glanceshare.identity.CloudConfig;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Member;

/**
 * The measured program: one short-lived process that authenticates (or reuses a stored token) and adds
 * one member, configured like any SDK user (OS_* or OS_CLOUD; GLANCESHARE_TOKEN_CACHE=file for the
 * stored-token runs). {@code --auth-only} authenticates and exits: the script uses it to put a token in
 * the store that Glance has not seen yet.
 *
 * <pre>
 * java -cp ... ColdAdd image-id project-id
 * java -cp ... ColdAdd --auth-only
 * </pre>
 */
public final class ColdAdd {
    private ColdAdd() {}

    public static void main(String[] args) {
        try (KeystoneSession session = CloudConfig.load().toSessionBuilder().build()) {
            if (args[0].equals("--auth-only")) {
                session.authenticate();
                return;
            }
            try (GlanceClient glance = GlanceClient.builder().session(session).build()) {
                Member member = glance.images().members(args[0]).add(args[1]);
                System.out.println(member.memberId() + " " + member.status().wireName());
            }
        }
    }
}
