package dev.glanceshare.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Without glanceshare.auth-url the session comes from OS_* or clouds.yaml, which Spring properties may also set. */
class CloudSourcesTest {
    private static final FakeOpenStack FAKE = FakeOpenStack.builder().start();
    private static final DemoSeed DEMO = FAKE.seed().demo();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GlanceshareAutoConfiguration.class));

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void osVariables() {
        runner.withPropertyValues("OS_AUTH_URL=" + FAKE.identityUrl(), "OS_USERNAME=demo",
                "OS_PASSWORD=" + DemoSeed.password("demo"), "OS_PROJECT_NAME=demo", "OS_USER_DOMAIN_NAME=Default",
                "OS_PROJECT_DOMAIN_NAME=Default").run(context ->
                        assertThat(context.getBean(KeystoneSession.class).projectId()).contains(DEMO.demoProjectId()));
    }

    @Test
    void aCloudFromCloudsYaml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clouds.yaml");
        Files.writeString(file, String.join("\n", "clouds:", "  fake:", "    auth:",
                "      auth_url: '" + FAKE.identityUrl() + "'", "      username: alt",
                "      password: '" + DemoSeed.password("alt") + "'", "      project_name: alt",
                "      user_domain_name: Default", "      project_domain_name: Default", ""));
        runner.withPropertyValues("glanceshare.cloud=fake", "OS_CLIENT_CONFIG_FILE=" + file).run(context ->
                assertThat(context.getBean(KeystoneSession.class).projectId()).contains(DEMO.altProjectId()));
    }
}
