package dev.glanceshare.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.core.observation.CallStart;
import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.core.observation.TokenEvent;
import dev.glanceshare.core.trace.RequestTrace;
import dev.glanceshare.identity.CloudConfig;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.Visibility;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.Fault;
import dev.glanceshare.testing.Service;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Random passwords, application credential secrets and tokens go through a whole sharing workflow,
 * failures included, with every logger of the JVM (the SDK's, HttpClient's and the fake's) at the level
 * the surefire execution sets (TRACE, then DEBUG) into a file, except HttpClient's two raw-traffic loggers
 * ({@code org.apache.hc.client5.http.headers} and {@code .wire}), which stay at INFO as the SDK's logging
 * docs say: they print bytes as sent, and {@link RawTrafficWarningTest} checks that the SDK warns when they
 * are on. Every log line, every exception message,
 * stack trace and {@code toString()} met on the way, and the request trace, are then searched for each
 * secret. Figure: the exposures found (target 0).
 *
 * <p>Run by the {@code secrets-at-trace} and {@code secrets-at-debug} executions in this module's POM
 * (they set the log level and file); skipped in the ordinary run, where logging is off.
 */
class SecretsExposureTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> secrets = new LinkedHashMap<>(); // value -> what it is
    private final Map<String, String> texts = new LinkedHashMap<>(); // where -> text
    private int exceptions;
    private int objects;

    private static String random(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~!$";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private void secret(String kind, String value) {
        secrets.put(value, kind);
    }

    private void see(String where, Object o) {
        objects++;
        texts.put(where + " #" + objects + " toString", String.valueOf(o));
    }

    /** Runs a step that may fail; the failure's message, toString and whole stack trace are kept for the search. */
    private void attempt(String where, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            exceptions++;
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            texts.put(where + " exception", e.getMessage() + "\n" + e + "\n" + trace);
        }
    }

    private KeystoneSession.Builder password(FakeOpenStack fake, String user, String pw, HttpTransport transport) {
        return KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                .credentials(Credentials.password().userName(user).userDomainName(DemoSeed.DOMAIN).password(pw).build())
                .scope(Scope.projectName("sec-project", DemoSeed.DOMAIN));
    }

    @Test
    void randomSecretsNeverReachALogAMessageOrAToString(@TempDir Path dir) throws IOException {
        String logFile = System.getProperty("glanceshare.secrets.log");
        assumeTrue(logFile != null, "run by the secrets-at-trace and secrets-at-debug executions");
        String level = LoggerFactory.getLogger("dev.glanceshare.http.Glance").isTraceEnabled() ? "TRACE" : "DEBUG";
        assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.impl.classic.InternalHttpClient").isDebugEnabled())
                .as("HttpClient's own loggers are on too").isTrue();
        assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled()
                || LoggerFactory.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled())
                .as("but its raw-traffic loggers are at INFO, as docs/configuration.md tells users").isFalse();

        String userPassword = random(24);
        String appSecret = random(40);
        String trustStorePassword = random(16);
        secret("password", userPassword);
        secret("application credential secret", appSecret);
        secret("trust store password", trustStorePassword);
        secret("demo password", DemoSeed.password("demo"));

        RequestTrace trace = RequestTrace.create();
        // What the observation hook reports (sdk-micrometer's tags and span attributes are made of it)
        List<Object> observed = new java.util.concurrent.CopyOnWriteArrayList<>();
        SdkObserver recorder = new SdkObserver() {
            @Override
            public Scope started(CallStart start) {
                observed.add(start);
                return observed::add;
            }

            @Override
            public void token(TokenEvent event) {
                observed.add(event);
            }
        };
        try (FakeOpenStack fake = FakeOpenStack.builder().start();
                HttpTransport transport = trace.wrap(ApacheHttpTransport.create(
                        TransportOptions.builder().observer(recorder).build()))) {
            DemoSeed demo = fake.seed().demo();
            String project = fake.seed().project("sec-project");
            fake.seed().user("sec-user", userPassword).defaultProject("sec-project").role("sec-project", "member").create();
            String appCredential = fake.seed().applicationCredential("sec-user", "sec-project").secret(appSecret).create();

            workflow(fake, demo, project, appCredential, userPassword, appSecret, transport);
            configurations(dir, userPassword, appSecret, trustStorePassword);

            fake.journal().requests().forEach(r -> r.header("X-Auth-Token").ifPresent(t -> secret("token", t)));
            texts.put("request trace (text)", trace.toText());
            texts.put("request trace (mermaid)", trace.toMermaid());
            assertThat(observed).as("the workflow was observed").hasSizeGreaterThan(20);
            texts.put("observation events", observed.toString());
        }
        secrets.keySet().removeIf(v -> v.length() < 8); // "garbage" tokens of failure steps, not secrets
        String log = Files.readString(Path.of(logFile), StandardCharsets.UTF_8);
        texts.put("log file (" + level + ")", log);

        List<String> exposures = new ArrayList<>();
        texts.forEach((where, text) -> secrets.forEach((value, kind) -> {
            if (text.contains(value)) {
                exposures.add(kind + " in " + where + ": ..." + around(text, value) + "...");
            }
        }));
        long tokens = secrets.values().stream().filter("token"::equals).count();
        System.out.printf("SecretsExposureTest [%s]: %d secrets (%d tokens), %d log lines (%d bytes), %d exceptions, "
                        + "%d toString() values, %d texts searched; exposures: %d%n", level, secrets.size(), tokens,
                log.lines().count(), log.length(), exceptions, objects, texts.size(), exposures.size());
        exposures.stream().limit(20).forEach(e -> System.out.println("  EXPOSURE " + e));
        assertThat(tokens).as("tokens seen").isGreaterThanOrEqualTo(3);
        assertThat(log.lines().count()).as("the log has the workflow in it").isGreaterThan(100);
        assertThat(exposures).isEmpty();
    }

    private static String around(String text, String value) {
        int i = text.indexOf(value);
        return text.substring(Math.max(0, i - 60), Math.min(text.length(), i + value.length() + 20))
                .replace('\n', ' ');
    }

@SuppressWarnings("try") // one step closes the owner's session inside its try on purpose, to see what a closed session says
        private void workflow(FakeOpenStack fake, DemoSeed demo, String project, String appCredential, String userPassword,
            String appSecret, HttpTransport transport) {
        // 1. The owner, by password: create, share, add, list, update, tag, and the usual refusals.
        KeystoneSession.Builder ownerBuilder = password(fake, "sec-user", userPassword, transport);
        see("session builder", ownerBuilder);
        try (KeystoneSession owner = ownerBuilder.build();
                GlanceClient glance = GlanceClient.builder().session(owner).build()) {
            see("session before auth", owner);
            see("token info", owner.authenticate());
            see("session after auth", owner);
            see("catalog", owner.catalog());
            see("token", owner.token());
            secret("token", owner.token().value());
            Image image = glance.images().create(ImageCreate.builder().name("secret-workflow").diskFormat("raw").containerFormat("bare")
                    .visibility(Visibility.PRIVATE).build());
            see("image", image);
            attempt("add to a private image", () -> glance.images().members(image.id()).add(demo.demoProjectId()));
            see("member", glance.images().members(image.id()).add(demo.demoProjectId(), MemberAddOptions.strict()
                    .makeShared()));
            attempt("duplicate add", () -> glance.images().members(image.id()).add(demo.demoProjectId()));
            see("members", glance.images().members(image.id()).list());
            see("updated", glance.images().update(image.id(), ImageUpdate.builder().name("renamed").build()));
            glance.images().addTag(image.id(), "blue");
            glance.images().upload(image.id(), new ByteArrayInputStream(new byte[1024]), 1024, n -> { });
            see("list", glance.images().list(ImageListOptions.builder().pageSize(2).build()).stream().toList());
            attempt("missing image", () -> glance.images().get("00000000-0000-4000-8000-000000000000"));
            attempt("missing name", () -> glance.images().find("no-such-image"));
            attempt("bad id", () -> glance.images().get("not/an/id"));
            attempt("project by name", () -> glance.images().members(image.id()).addByName("no-such-project"));
            attempt("owner accepts", () -> glance.images().members(image.id()).accept());
            // A proxy or a schema error quoting secrets back: the SDK must scrub them from its messages.
            fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images/*").respond(500).withHeader("Content-Type",
                    "text/plain").withBody("upstream failed; request was X-Auth-Token: " + owner.token().value()
                    + " password=" + userPassword));
            attempt("echoing 500", () -> glance.images().get(image.id()));
            fake.inject(Fault.on(Service.IDENTITY, "GET", "/v3/projects").respond(400).withHeader("Content-Type",
                    "application/json").withBody("{\"error\": {\"code\": 400, \"title\": \"Bad Request\", \"message\": "
                    + "\"Invalid input for field 'identity/password/user/password': '" + userPassword
                    + "' is too long\"}}"));
            attempt("echoing keystone 400", () -> owner.resolveProjectId("demo"));
            fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images/*").respond(503).withRetryAfter("0"));
            see("after a retry", glance.images().get(image.id()));
            fake.expireAllTokens();
            see("after re-authentication", glance.images().get(image.id()));
            secret("token", owner.token().value());
            attempt("closed session", () -> {
                owner.close();
                owner.token();
            });
        }

        // 2. The consumer accepts with the demo password; then by application credential.
        try (KeystoneSession consumer = KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                .credentials(Credentials.password().userName("demo").userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password("demo")).build()).build();
                GlanceClient glance = GlanceClient.builder().session(consumer).build()) {
            see("accepted", glance.images().acceptShare("renamed"));
            secret("token", consumer.token().value());
        }
        try (KeystoneSession app = KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                .credentials(Credentials.applicationCredential().id(appCredential).secret(appSecret).build()).build();
                GlanceClient glance = GlanceClient.builder().session(app).build()) {
            see("app session", app);
            see("app images", glance.images().list(ImageListOptions.none()).stream().toList());
            secret("token", app.token().value());
            see("app session after", app);
        }

        // 3. Failures of authentication itself.
        String wrong = random(20);
        secret("wrong password", wrong);
        attempt("wrong password", () -> {
            try (KeystoneSession s = password(fake, "sec-user", wrong, transport).build()) {
                s.authenticate();
            }
        });
        String wrongSecret = random(40);
        secret("wrong application credential secret", wrongSecret);
        attempt("wrong secret", () -> {
            try (KeystoneSession s = KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                    .credentials(Credentials.applicationCredential().name("app-cred").userName("sec-user")
                            .userDomainName(DemoSeed.DOMAIN).secret(wrongSecret).build()).build()) {
                s.authenticate();
            }
        });
        String fixed = fake.issueToken("sec-user", "sec-project");
        secret("token", fixed);
        Supplier<KeystoneSession> fixedSession = () -> KeystoneSession.builder().authUrl(fake.identityUrl())
                .transport(transport).credentials(Credentials.token(fixed)).build();
        try (KeystoneSession s = fixedSession.get(); GlanceClient glance = GlanceClient.builder().session(s).build()) {
            see("fixed token session", s);
            see("fixed token images", glance.images().list(ImageListOptions.none()).stream().count());
            fake.revokeToken(fixed);
            attempt("revoked fixed token", () -> glance.images().list(ImageListOptions.none()).stream().count());
            see("fixed token session after", s);
        }
        attempt("revoked fixed token at start", () -> {
            try (KeystoneSession s = fixedSession.get()) {
                s.authenticate();
            }
        });
        attempt("garbage token", () -> {
            try (KeystoneSession s = KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                    .credentials(Credentials.token("garbage")).build()) {
                s.authenticate();
            }
        });
        attempt("missing user domain", () -> Credentials.password().userName("sec-user").password(userPassword).build());
        attempt("unreachable keystone", () -> {
            try (KeystoneSession s = KeystoneSession.builder().authUrl("http://127.0.0.1:9/v3")
                    .credentials(Credentials.password().userId("u").password(userPassword).build()).build()) {
                s.authenticate();
            }
        });
    }

    private void configurations(Path dir, String userPassword, String appSecret, String trustStorePassword)
            throws IOException {
        see("environment config", CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3", "OS_USERNAME", "u",
                "OS_USER_DOMAIN_NAME", "Default", "OS_PASSWORD", userPassword, "OS_PROJECT_NAME", "p",
                "OS_PROJECT_DOMAIN_NAME", "Default")));
        CloudConfig app = CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3",
                "OS_APPLICATION_CREDENTIAL_ID", "c", "OS_APPLICATION_CREDENTIAL_SECRET", appSecret));
        see("app config", app);
        see("app config session builder", app.toSessionBuilder());
        attempt("contradictory environment", () -> CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "http://k/v3",
                "OS_PASSWORD", userPassword, "OS_APPLICATION_CREDENTIAL_SECRET", appSecret)));
        Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n  c:\n    auth:\n      auth_url: http://k/v3\n"
                + "      username: u\n      user_domain_name: Default\n      password: '" + userPassword + "'\n");
        CloudConfig yaml = CloudConfig.loader().environment(Map.of("OS_CLOUD", "c")).searchDirectories(List.of(dir)).load();
        see("clouds.yaml config", yaml);
        Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n  c:\n    auth: {password: '" + userPassword
                + "', secret: " + appSecret + " [\n");
        attempt("broken clouds.yaml", () -> CloudConfig.loader().environment(Map.of("OS_CLOUD", "c"))
                .searchDirectories(List.of(dir)).load());
        see("transport options", TransportOptions.builder().trustStore(dir.resolve("t.p12"),
                trustStorePassword.toCharArray(), "PKCS12").build());
    }
}
