package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.AuthToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** No password, application credential secret or token value in toString(), exception messages or logs. */
class RedactionTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final List<String> SECRETS = List.of(Keystone.PASSWORD, Keystone.APP_SECRET, Keystone.TOKEN,
            Keystone.TOKEN_2, Keystone.FIXED_TOKEN);

    private static void assertNoSecret(Object o) {
        String text = String.valueOf(o);
        for (String secret : SECRETS) {
            assertThat(text).as("%s", text).doesNotContain(secret);
        }
    }

    /** Runs the action, which must fail, and checks the message of the exception and of every cause. */
    private static void assertFailsWithoutSecret(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertNoSecret(t.getMessage());
                assertNoSecret(t.toString());
            }
            return;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void credentialsAndTheirBuildersNeverShowSecrets() {
        PasswordCredentials.Builder pb = Credentials.password().userName("demo").userDomainName("Default")
                .password(Keystone.PASSWORD);
        ApplicationCredentials.Builder ab = Credentials.applicationCredential().name("ci").userId("u")
                .secret(Keystone.APP_SECRET);
        List<Object> objects = List.of(pb, pb.build(), Credentials.password().userId("u").password(Keystone.PASSWORD).build(),
                ab, ab.build(), Credentials.applicationCredential().id("c").secret(Keystone.APP_SECRET).build(),
                Credentials.token(Keystone.FIXED_TOKEN), AuthToken.of(Keystone.TOKEN, Keystone.EXPIRES));
        objects.forEach(RedactionTest::assertNoSecret);
        assertThat(pb.build().toString()).contains("password=<redacted>");
        assertThat(ab.build().toString()).contains("secret=<redacted>");
    }

    @Test
    void sessionsTokensAndConfigsNeverShowSecrets(@TempDir Path dir) throws IOException {
        Keystone.stubIssue(wm);
        KeystoneSession.Builder builder = Keystone.session(wm);
        assertNoSecret(builder);
        try (KeystoneSession session = builder.build()) {
            assertNoSecret(session);
            TokenInfo info = session.authenticate();
            assertNoSecret(info);
            assertNoSecret(session);
            assertNoSecret(session.catalog());
        }
        assertNoSecret(CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3", "OS_USERNAME", "demo",
                "OS_USER_DOMAIN_NAME", "Default", "OS_PASSWORD", Keystone.PASSWORD)));
        assertNoSecret(CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3", "OS_APPLICATION_CREDENTIAL_ID",
                "c", "OS_APPLICATION_CREDENTIAL_SECRET", Keystone.APP_SECRET)));
        assertNoSecret(CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3", "OS_TOKEN", Keystone.FIXED_TOKEN)));
        Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n  c:\n    auth:\n      auth_url: http://k/v3\n"
                + "      user_id: u\n      password: " + Keystone.PASSWORD + "\n");
        CloudConfig yaml = CloudConfig.loader().environment(Map.of("OS_CLOUD", "c")).searchDirectories(List.of(dir)).load();
        assertNoSecret(yaml);
        assertNoSecret(yaml.toSessionBuilder());
    }

    @Test
    void exceptionMessagesNeverShowSecrets(@TempDir Path dir) throws IOException {
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(Keystone.unauthorized()));
        wm.stubFor(get(urlPathEqualTo("/v3/auth/tokens")).willReturn(Keystone.unauthorized()));
        List<Runnable> failures = new ArrayList<>();
        failures.add(() -> withSession(() -> Keystone.session(wm), KeystoneSession::token));
        failures.add(() -> withSession(() -> Keystone.session(wm).scope(null).credentials(Credentials
                .applicationCredential().name("ci").userName("demo").userDomainId("default")
                .secret(Keystone.APP_SECRET).build()), KeystoneSession::token));
        failures.add(() -> withSession(() -> Keystone.session(wm).scope(null)
                .credentials(Credentials.token(Keystone.FIXED_TOKEN)), KeystoneSession::token));
        failures.add(() -> withSession(() -> Keystone.session(wm).credentials(Credentials.token(Keystone.FIXED_TOKEN)),
                s -> s.reauthenticate(AuthToken.of(Keystone.FIXED_TOKEN, null))));
        failures.add(() -> Credentials.password().userName("demo").password(Keystone.PASSWORD).build());
        failures.add(() -> Credentials.applicationCredential().name("ci").secret(Keystone.APP_SECRET).build());
        failures.add(() -> KeystoneSession.builder().credentials(Keystone.password()).build());
        failures.add(() -> CloudConfig.fromEnvironment(Map.of("OS_PASSWORD", Keystone.PASSWORD,
                "OS_APPLICATION_CREDENTIAL_SECRET", Keystone.APP_SECRET, "OS_TOKEN", Keystone.FIXED_TOKEN)));
        failures.add(() -> CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3", "OS_USERNAME", "demo",
                "OS_PASSWORD", Keystone.PASSWORD, "OS_INSECURE", "perhaps")));
        Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n  c:\n    auth: {password: '" + Keystone.PASSWORD
                + "' x: [\n");
        failures.add(() -> CloudConfig.loader().environment(Map.of("OS_CLOUD", "c")).searchDirectories(List.of(dir)).load());
        failures.forEach(RedactionTest::assertFailsWithoutSecret);
    }

    @Test
    void debugAndTraceLogsNeverShowSecrets() throws Exception {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        wm.stubFor(get(urlEqualTo("/v3/projects?name=demo")).willReturn(Keystone.forbidden("identity:list_projects")));
        wm.stubFor(get(urlEqualTo("/v3/auth/projects")).willReturn(Keystone.forbidden("identity:list_user_projects")));
        try (KeystoneSession session = Keystone.session(wm).build()) {
            session.reauthenticate(session.token());
            assertFailsWithoutSecret(() -> session.resolveProjectId("demo"));
        }
        Path log = Path.of("target", "sdk-identity-test.log");
        assertThat(log).exists();
        String text = Files.readString(log);
        assertThat(text).contains("Keystone issued a token").contains("token=<redacted>");
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
    }

    private static void withSession(Supplier<KeystoneSession.Builder> builder,
            java.util.function.Consumer<KeystoneSession> action) {
        try (KeystoneSession session = builder.get().build()) {
            action.accept(session);
        }
    }
}
