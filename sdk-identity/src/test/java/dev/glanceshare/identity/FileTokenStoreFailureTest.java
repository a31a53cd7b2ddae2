package dev.glanceshare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token store whose file system refuses every write (read-only or full; here a directory that cannot be
 * created, since tests run as root and permissions would not stop them): the session carries on, and the
 * log says so once (issue 18, case 9, found against the real services).
 */
class FileTokenStoreFailureTest {
    private static final URI AUTH_URL = URI.create("http://127.0.0.1:5000/v3");
    private static final TokenKey KEY = TokenKey.of(AUTH_URL, Keystone.password(), Scope.projectName("demo", "Default"));
    /** Where the module's tests log (src/test/resources/simplelogger.properties). */
    private static final Path LOG = Path.of("target/sdk-identity-test.log");

    @TempDir
    Path tmp;

    @Test
    void aStoreThatCannotBeWrittenWarnsOnceAndThenLogsAtDebug() throws Exception {
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where the store's parent directory should be");
        Path directory = blocker.resolve("glanceshare");
        FileTokenStore store = TokenStore.file(directory);
        for (int i = 0; i < 4; i++) {
            store.save(KEY, FileTokenStoreTest.auth(Keystone.TOKEN));
            store.evict(KEY);
        }
        assertThat(store.load(KEY)).isEmpty();

        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(directory.toString())).toList();
        assertThat(lines.stream().filter(l -> l.contains("] WARN "))).as("warnings").hasSize(1)
                .allMatch(l -> l.contains("Cannot write the token cache") && l.contains("logged at DEBUG"));
        assertThat(lines.stream().filter(l -> l.contains("] DEBUG ") && l.contains("Cannot write"))).hasSize(3);
    }
}
