package dev.glanceshare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.Outcome;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the README claims, checked against the build and the fake, so the claims cannot drift. */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String readme() throws Exception {
        return Files.readString(ROOT.resolve("README.md"));
    }

    @Test
    void theModuleTableListsEveryModuleOfTheBuild() throws Exception {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        String readme = readme();

        assertThat(modules).contains("sdk-conformance").allSatisfy(module ->
                assertThat(readme).as("README module table").contains("| `" + module + "` |"));
    }

    @Test
    void theBulkSnippetAcceptsOnTheConsumersClientBecauseTheOwnersCannot() throws Exception {
        String readme = readme();
        assertThat(readme).contains("consumerGlance.bulk().accept(imageIds);").doesNotContain("bulk.accept(imageIds)");

        try (FakeOpenStack fake = FakeOpenStack.builder().start()) {
            DemoSeed seed = fake.seed().demo();
            try (KeystoneSession admin = session(fake, "admin"); KeystoneSession demo = session(fake, "demo");
                    GlanceClient glance = GlanceClient.builder().session(admin).build();
                    GlanceClient consumerGlance = GlanceClient.builder().session(demo).build()) {
                List<String> imageIds = List.of(seed.imageId());
                glance.bulk().share(seed.imageId(), List.of(seed.demoProjectId()));

                BulkResult owners = glance.bulk().accept(imageIds);
                BulkResult consumers = consumerGlance.bulk().accept(imageIds);

                assertThat(owners.count(Outcome.ACCEPTED)).as("the owner is no member of its own image").isZero();
                assertThat(consumers.count(Outcome.ACCEPTED)).isEqualTo(1);
            }
        }
    }

    @Test
    void theCliColumnCountsTheRequestsOfAProjectMemberToo() throws Exception {
        // glance-zed-behaviour.md 2 (#8, admin: 6) and 4 (e26/e27, a member: 3 refused project lookups, 8 in all)
        String row = readme().lines().filter(l -> l.startsWith("| `image remove project")).findFirst().orElseThrow();

        assertThat(row).contains("6 as admin", "8 as a project member");
    }

    private static KeystoneSession session(FakeOpenStack fake, String user) {
        return KeystoneSession.builder().authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName(user).userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password(user)).build())
                .scope(Scope.projectName(user, DemoSeed.DOMAIN)).build();
    }
}
