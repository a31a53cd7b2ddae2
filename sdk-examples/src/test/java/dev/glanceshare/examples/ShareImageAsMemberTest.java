package dev.glanceshare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.identity.ProjectLookupRefusedException;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.MemberSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ShareImage run the way an ordinary image owner runs it: user alt (role member) configured by an openrc,
 * sharing its own image with project demo, on the fake, which enforces Keystone's default policy.
 */
class ShareImageAsMemberTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private FakeOpenStack fake;
    private DemoSeed seed;
    private String image;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        fake = FakeOpenStack.builder().start();
        seed = fake.seed().demo();
        image = fake.seed().image("alt-image").owner(seed.altProjectId()).visibility("shared").create();
        fake.seed().user("lookup", "lookup-secret").domainRole("reader").create();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Map<String, String> openrc(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("OS_AUTH_URL", fake.identityUrl(), "OS_USERNAME", "alt",
                "OS_PASSWORD", DemoSeed.password("alt"), "OS_PROJECT_NAME", "alt", "OS_USER_DOMAIN_NAME", DemoSeed.DOMAIN,
                "OS_PROJECT_DOMAIN_NAME", DemoSeed.DOMAIN));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private Member share(Map<String, String> env, String project, int requests) {
        try (ExampleCloud cloud = ExampleCloud.open(env, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            Member member = ShareImage.run(cloud, new String[] {image, project});
            assertThat(cloud.trace().count()).as("requests").isEqualTo(requests);
            return member;
        }
    }

    @Test
    void byIdItWorksForAnyOwnerWithTheTokenAndTheAddOnly() {
        assertThat(share(openrc(), seed.demoProjectId(), 2).memberId()).isEqualTo(seed.demoProjectId());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("2 HTTP requests (1 to Keystone, 1 to Glance)");
    }

    @Test
    void byNameWithoutALookupItStopsWithTheTypedRefusalAndSaysWhatToConfigure() {
        assertThatThrownBy(() -> share(openrc(), "demo", 0))
                .isInstanceOf(ProjectLookupRefusedException.class).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Keystone refused to look up project 'demo'")
                .hasMessageContaining("pass the project's ID instead")
                .hasMessageContaining("GLANCESHARE_PROJECT_LOOKUP_CLOUD")
                .hasMessageContaining("GLANCESHARE_PROJECT_DIRECTORY");
        assertThat(fake.members(image)).as("nothing added, least of all a member named demo").isEmpty();
    }

    @Test
    void byNameWithADirectoryFileItSendsNoLookup() throws Exception {
        Path projects = Files.writeString(dir.resolve("projects.yaml"), "demo: " + seed.demoProjectId() + "\n");

        Member member = share(openrc("GLANCESHARE_PROJECT_DIRECTORY", projects.toString()), "demo", 2);

        assertThat(member.memberId()).isEqualTo(seed.demoProjectId());
    }

    @Test
    void byNameWithALookupCloudItResolvesWithTheLookupCredential() throws Exception {
        Path clouds = Files.writeString(dir.resolve("clouds.yaml"), String.join("\n", "clouds:", "  lookup:",
                "    auth:", "      auth_url: " + fake.identityUrl(), "      username: lookup",
                "      password: lookup-secret", "      user_domain_name: Default", "      domain_name: Default", ""));

        // alt's token, the lookup's token, GET /v3/projects?name=demo, the add
        Member member = share(openrc("GLANCESHARE_PROJECT_LOOKUP_CLOUD", "lookup", "OS_CLIENT_CONFIG_FILE",
                clouds.toString()), "demo", 4);

        assertThat(member.memberId()).isEqualTo(seed.demoProjectId());
        assertThat(fake.members(image)).extracting(MemberSnapshot::memberId).containsExactly(seed.demoProjectId());
    }
}
