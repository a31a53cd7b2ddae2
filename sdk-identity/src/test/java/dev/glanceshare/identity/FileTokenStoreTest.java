package dev.glanceshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.identity.internal.TokenParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {
    private static final URI AUTH_URL = URI.create("http://127.0.0.1:5000/v3");
    private static final TokenKey KEY = TokenKey.of(AUTH_URL, Keystone.password(), Scope.projectName("demo", "Default"));

    @TempDir
    Path tmp;

    static CachedAuth auth(String token) throws Exception {
        JsonNode body = JsonCodec.standard().readTree(Keystone.projectTokenBody("http://127.0.0.1:5000", "http://glance:9292")
                .getBytes(StandardCharsets.UTF_8));
        return CachedAuth.of(TokenParser.parse(token, body, TokenInfo::new), Instant.parse("2026-11-22T22:50:41Z"));
    }

    private FileTokenStore store() {
        return TokenStore.file(tmp.resolve("cache").resolve("glanceshare"));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void anEntryIsWrittenOwnerOnlyAndReadBackWhole() throws Exception {
        FileTokenStore store = store();
        assertThat(store.load(KEY)).isEmpty();

        store.save(KEY, auth(Keystone.TOKEN));

        assertThat(mode(store.directory())).isEqualTo("rwx------");
        assertThat(mode(store.fileFor(KEY))).isEqualTo("rw-------");
        CachedAuth back = store.load(KEY).orElseThrow();
        TokenInfo t = back.token();
        assertThat(t.token()).isEqualTo(AuthToken.of(Keystone.TOKEN, null));
        assertThat(t.expiresAt()).contains(Keystone.EXPIRES);
        assertThat(t.issuedAt()).contains(Keystone.ISSUED);
        assertThat(t.userId()).isEqualTo(Keystone.USER_ID);
        assertThat(t.userName()).contains("demo");
        assertThat(t.projectId()).contains(Keystone.PROJECT_ID);
        assertThat(t.projectName()).contains("demo");
        assertThat(t.roles()).containsExactly("member", "reader");
        assertThat(t.methods()).containsExactly("password");
        assertThat(t.catalog().endpoint(dev.glanceshare.core.EndpointFilter.of("image")))
                .isEqualTo(URI.create("http://glance:9292"));
        assertThat(back.obtainedAt()).isEqualTo(Instant.parse("2026-11-22T22:50:41Z"));
    }

    @Test
    void theFileHoldsNoSecretButTheTokenAndItsNameOnlyAHash() throws Exception {
        FileTokenStore store = store();
        store.save(KEY, auth(Keystone.TOKEN));

        String text = Files.readString(store.fileFor(KEY));
        assertThat(text).doesNotContain(Keystone.PASSWORD).contains(Keystone.TOKEN, "\"user\":\"user name=demo domain name=Default\"");
        assertThat(store.fileFor(KEY).getFileName().toString()).isEqualTo("token-" + KEY.id() + ".json")
                .doesNotContain("demo");
        try (Stream<Path> files = Files.list(store.directory())) {
            assertThat(files).as("no temporary file is left behind").hasSize(1);
        }
    }

    @Test
    void aFileOthersCanReadIsRefusedWithTheFix() throws Exception {
        FileTokenStore store = store();
        store.save(KEY, auth(Keystone.TOKEN));
        Files.setPosixFilePermissions(store.fileFor(KEY), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(store.fileFor(KEY).toString())
                .hasMessageContaining("mode 0644, so other users can read it")
                .hasMessageContaining("chmod 600 " + store.fileFor(KEY))
                .hasMessageNotContaining(Keystone.TOKEN);
    }

    @Test
    void aDirectoryOthersCanWriteIsRefused() throws Exception {
        FileTokenStore store = store();
        store.save(KEY, auth(Keystone.TOKEN));
        Files.setPosixFilePermissions(store.directory(), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("mode 0777, so other users can change it").hasMessageContaining("chmod 700");
        assertThatThrownBy(() -> store.save(KEY, auth(Keystone.TOKEN_2))).isInstanceOf(ConfigurationException.class);
        assertThat(Files.readString(store.fileFor(KEY))).as("nothing written").contains(Keystone.TOKEN);
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        FileTokenStore store = store();
        store.save(KEY, auth(Keystone.TOKEN));
        Path elsewhere = tmp.resolve("elsewhere.json");
        Files.move(store.fileFor(KEY), elsewhere);
        Files.createSymbolicLink(store.fileFor(KEY), elsewhere);

        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is a symbolic link");
    }

    @Test
    void anUnreadableEntryCountsAsAbsentAndIsReplaced() throws Exception {
        FileTokenStore store = store();
        store.save(KEY, auth(Keystone.TOKEN));
        Files.writeString(store.fileFor(KEY), "{\"format\": 1, \"key\": {\"id\": \"" + KEY.id() + "\"}, \"auth\": {");

        assertThat(store.load(KEY)).isEmpty();
        store.save(KEY, auth(Keystone.TOKEN_2));
        assertThat(store.load(KEY).orElseThrow().token().token().value()).isEqualTo(Keystone.TOKEN_2);
    }

    @Test
    void anEntryForAnotherKeyIsNotUsed() throws Exception {
        FileTokenStore store = store();
        TokenKey other = TokenKey.of(AUTH_URL, Keystone.password(), Scope.projectName("alt", "Default"));
        store.save(other, auth(Keystone.TOKEN));
        Files.copy(store.fileFor(other), store.fileFor(KEY));

        assertThat(store.load(KEY)).isEmpty();
    }

    @Test
    void evictRemovesTheEntry() throws Exception {
        FileTokenStore store = store();
        store.save(KEY, auth(Keystone.TOKEN));

        store.evict(KEY);

        assertThat(store.fileFor(KEY)).doesNotExist();
        assertThat(store.load(KEY)).isEmpty();
        store.evict(KEY); // absent: nothing to do
    }

    @Test
    void aFileSystemWithoutPosixPermissionsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path zip = tmp.resolve("store.zip");
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            FileTokenStore store = TokenStore.file(fs.getPath("/glanceshare"));

            assertThatThrownBy(() -> store.save(KEY, auth(Keystone.TOKEN))).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("no POSIX permissions").hasMessageContaining("refuses to write an unprotected token");
            assertThat(Files.exists(fs.getPath("/glanceshare"))).isFalse();
        }
    }

    @Test
    void theDefaultDirectoryFollowsXdgCacheHome() {
        assertThat(FileTokenStore.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/me")))
                .isEqualTo(Path.of("/var/cache/me/glanceshare"));
        assertThat(FileTokenStore.defaultDirectory(Map.of("XDG_CACHE_HOME", "relative")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "glanceshare"));
        assertThat(FileTokenStore.defaultDirectory(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "glanceshare"));
    }

    @Test
    void writersRacingInOneJvmLeaveAValidEntry() throws Exception {
        FileTokenStore store = store();
        CachedAuth a = auth(Keystone.TOKEN);
        CachedAuth b = auth(Keystone.TOKEN_2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CachedAuth mine = i % 2 == 0 ? a : b;
                writers.add(pool.submit(() -> {
                    for (int n = 0; n < 50; n++) {
                        store.save(KEY, mine);
                        assertThat(store.load(KEY)).isPresent();
                    }
                }));
            }
            for (Future<?> w : writers) {
                w.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.load(KEY).orElseThrow().token().token().value()).isIn(Keystone.TOKEN, Keystone.TOKEN_2);
        try (Stream<Path> files = Files.list(store.directory())) {
            assertThat(files).hasSize(1);
        }
    }
}
