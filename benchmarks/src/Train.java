import dev.glanceshare.identity.CloudConfig;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.TokenStore;
import dev.glanceshare.image.GlanceClient;
import java.nio.file.Path;

/**
 * The AppCDS training run: both paths of {@link ColdAdd} in one JVM (authenticate and write the store,
 * then read the store), so that the archive dumped at exit holds every class either path loads. Adds the
 * member once and removes it again.
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=app.jsa -cp ... Train image-id project-id scratch-dir
 * </pre>
 */
public final class Train {
    private Train() {}

    public static void main(String[] args) {
        TokenStore store = TokenStore.file(Path.of(args[2]));
        for (int i = 0; i < 2; i++) {
            try (KeystoneSession session = CloudConfig.load().toSessionBuilder().tokenStore(store).build();
                 GlanceClient glance = GlanceClient.builder().session(session).build()) {
                glance.images().members(args[0]).add(args[1]);
                glance.images().members(args[0]).remove(args[1]);
            }
        }
    }
}
