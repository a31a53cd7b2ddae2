package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.CachedAuth;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.FileTokenStore;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.PasswordCredentials;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.identity.TokenKey;
import dev.glanceshare.identity.TokenStore;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Member;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short-lived process costs one request when it may reuse the previous process's token. Each
 * "process" here is a new session and client, as a new JVM would build them; the last test runs real
 * separate JVMs.
 */
class ColdStartTest {
    private static final AtomicInteger MEMBERS = new AtomicInteger();

    @TempDir
    Path tmp;

    private FakeOpenStack fake;
    private DemoSeed demo;
    private FileTokenStore store;

    @BeforeEach
    void start() {
        fake = FakeOpenStack.builder().start();
        demo = fake.seed().demo();
        store = TokenStore.file(tmp.resolve("cache").resolve("glanceshare"));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static PasswordCredentials admin() {
        return Credentials.password().userName("admin").userDomainName(DemoSeed.DOMAIN)
                .password(DemoSeed.password("admin")).build();
    }

    private static Scope adminScope() {
        return Scope.projectName("admin", DemoSeed.DOMAIN);
    }

    private TokenKey key() {
        return TokenKey.of(URI.create(fake.identityUrl()), admin(), adminScope());
    }

    private static String newProjectId() {
        return String.format("%032x", MEMBERS.incrementAndGet());
    }

    /** What a short-lived process does: build a session and a client, add one member, exit. */
    private Member process(TokenStore tokenStore, Clock clock) {
        try (KeystoneSession session = KeystoneSession.builder().authUrl(fake.identityUrl()).credentials(admin())
                .scope(adminScope()).tokenStore(tokenStore).clock(clock).build();
             GlanceClient glance = GlanceClient.builder().session(session).build()) {
            return glance.images().members(demo.imageId()).add(newProjectId());
        }
    }

    private List<String> requests() {
        List<String> lines = fake.journal().requests().stream().map(r -> r.method() + " " + r.rawPath()
                .replace(demo.imageId(), "{image}")).collect(Collectors.toList());
        fake.journal().clear();
        return lines;
    }

    private String storedToken() {
        return store.load(key()).orElseThrow().token().token().value();
    }

    static String fingerprint(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aColdProcessSendsTwoRequestsAndTheNextOneWithTheStoreSendsOne() {
        process(store, Clock.systemUTC());
        assertThat(requests()).containsExactly("POST /v3/auth/tokens", "POST /v2/images/{image}/members");

        process(store, Clock.systemUTC());
        assertThat(requests()).containsExactly("POST /v2/images/{image}/members");
        assertThat(fake.tokensIssued()).isEqualTo(1);
    }

    @Test
    void withoutAPersistentStoreEveryProcessAuthenticates() {
        process(null, Clock.systemUTC());
        process(null, Clock.systemUTC());

        assertThat(requests()).containsExactly("POST /v3/auth/tokens", "POST /v2/images/{image}/members",
                "POST /v3/auth/tokens", "POST /v2/images/{image}/members");
    }

    @Test
    void anExpiredStoredTokenLeadsToOneReauthAndAnUpdatedStore() {
        process(store, Clock.systemUTC());
        String first = storedToken();
        requests();

        fake.clock().advance(Duration.ofHours(2));
        process(store, Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));

        assertThat(requests()).containsExactly("POST /v3/auth/tokens", "POST /v2/images/{image}/members");
        assertThat(storedToken()).isNotEqualTo(first);
        process(store, Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
        assertThat(requests()).as("the replacement is reused").containsExactly("POST /v2/images/{image}/members");
    }

    @Test
    void aRevokedStoredTokenGetsA401ThenExactlyOneReauthAndOneRetry() {
        process(store, Clock.systemUTC());
        String revoked = storedToken();
        assertThat(fake.revokeToken(revoked)).isTrue();
        requests();

        Member member = process(store, Clock.systemUTC());

        assertThat(member.imageId()).isEqualTo(demo.imageId());
        List<RecordedRequest> sent = fake.journal().requests();
        assertThat(requests()).containsExactly("POST /v2/images/{image}/members", "POST /v3/auth/tokens",
                "POST /v2/images/{image}/members");
        assertThat(sent.get(0).header("X-Auth-Token")).contains(revoked);
        assertThat(sent.get(2).header("X-Auth-Token")).contains(storedToken());
        assertThat(storedToken()).isNotEqualTo(revoked);
    }

    @Test
    void manySessionsAndThreadsOfOneProcessReplaceARevokedTokenOnce() throws Exception {
        process(store, Clock.systemUTC());
        fake.revokeToken(storedToken());
        long issued = fake.tokensIssued();
        List<KeystoneSession> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<GlanceClient> clients = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                KeystoneSession s = KeystoneSession.builder().authUrl(fake.identityUrl()).credentials(admin())
                        .scope(adminScope()).tokenStore(store).build();
                sessions.add(s);
                clients.add(GlanceClient.builder().session(s).build());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Member>> adds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                GlanceClient client = clients.get(i % 2);
                adds.add(pool.submit(() -> {
                    go.await();
                    return client.images().members(demo.imageId()).add(newProjectId());
                }));
            }
            go.countDown();
            for (Future<Member> add : adds) {
                assertThat(add.get(30, TimeUnit.SECONDS).imageId()).isEqualTo(demo.imageId());
            }
        } finally {
            pool.shutdownNow();
            sessions.forEach(KeystoneSession::close);
        }
        assertThat(fake.tokensIssued()).isEqualTo(issued + 1);
    }

    @Test
    void aStoreFileOthersCanReadIsRefusedBeforeAnyRequest() throws IOException {
        process(store, Clock.systemUTC());
        requests();
        Files.setPosixFilePermissions(store.fileFor(key()), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> process(store, Clock.systemUTC())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("other users can read it").hasMessageContaining("chmod 600");
        assertThat(requests()).isEmpty();
    }

    @Test
    void twoProcessesRacingToWriteLeaveAValidOwnerOnlyFile() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ColdProcessMain.class.getName(), fake.identityUrl(), store.directory().toString(), demo.imageId(),
                    newProjectId(), "200").redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        Set<String> written = new java.util.HashSet<>();
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(p.exitValue()).as(out).isZero();
            written.add(out.replace("token ", ""));
        }

        CachedAuth survivor = store.load(key()).orElseThrow();
        assertThat(fingerprint(survivor.token().token().value())).isIn(written);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.fileFor(key()))))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(store.directory())) {
            assertThat(files).as("no temporary file is left behind").containsExactly(store.fileFor(key()));
        }
        fake.journal().clear();
        process(store, Clock.systemUTC());
        assertThat(requests()).containsExactly("POST /v2/images/{image}/members");
    }
}
