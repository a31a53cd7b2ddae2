package dev.glanceshare.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ImageSharing;
import dev.glanceshare.image.bulk.Outcome;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.MemberSnapshot;
import dev.glanceshare.testing.Service;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example against the bundled fake, as a newcomer would, so none can rot. */
class ExamplesTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private ExampleCloud cloud;

    @BeforeEach
    void start() {
        cloud = ExampleCloud.open(Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutCloudVariablesTheExamplesUseTheFake() {
        assertThat(cloud.isFake()).isTrue();
        assertThat(output()).contains("bundled fake");
    }

    @Test
    void shareImageSharesTheSeededImageWithDemoInFewerRequestsThanTheCli() throws Exception {
        Member member = ShareImage.run(cloud, new String[0]);

        assertThat(member.memberId()).isEqualTo(cloud.seed().orElseThrow().demoProjectId());
        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
        // cold: admin's token, the project lookup, the image lookup by name, the add
        assertThat(cloud.trace().count()).isEqualTo(4).isLessThan(9);
        assertThat(output()).contains("Shared " + DemoSeed.IMAGE_NAME, "| pending |", "4 HTTP requests (2 to Keystone, 2 to Glance)");
        String diagram = Files.readString(Path.of("target", "share-image-trace.md"));
        assertThat(diagram).contains("```mermaid", "sequenceDiagram", "client->>keystone: 1. POST /v3/auth/tokens",
                "client->>glance: 4. POST /v2/images/");
        assertThat(diagram).doesNotContain(DemoSeed.password("admin"));
    }

    @Test
    void shareImageGivenIdsLooksNothingUpColdProcessSendsTwoRequests() {
        DemoSeed seed = cloud.seed().orElseThrow();

        Member member = ShareImage.run(cloud, new String[] {seed.imageId(), seed.demoProjectId()});

        assertThat(member.memberId()).isEqualTo(seed.demoProjectId());
        assertThat(cloud.trace().exchanges()).extracting(e -> e.method() + " " + e.uri().getPath())
                .containsExactly("POST /v3/auth/tokens", "POST /v2/images/" + seed.imageId() + "/members");
        assertThat(output()).contains("2 HTTP requests (1 to Keystone, 1 to Glance)");
    }

    @Test
    void shareImageWithTheFileTokenStoreSendsOneRequestOnItsSecondRun(@TempDir Path cache) {
        try (FakeOpenStack fake = FakeOpenStack.builder().start()) {
            DemoSeed seed = fake.seed().demo();
            Map<String, String> env = Map.of("OS_AUTH_URL", fake.identityUrl(), "OS_USERNAME", "admin",
                    "OS_PASSWORD", DemoSeed.password("admin"), "OS_PROJECT_NAME", "admin",
                    "OS_USER_DOMAIN_NAME", DemoSeed.DOMAIN, "OS_PROJECT_DOMAIN_NAME", DemoSeed.DOMAIN,
                    "GLANCESHARE_TOKEN_CACHE", "file", "XDG_CACHE_HOME", cache.toString());
            // two processes of the example, each with its own configured cloud, as two `java` runs would be
            for (String project : List.of(seed.demoProjectId(), seed.altProjectId())) {
                try (ExampleCloud run = ExampleCloud.open(env, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
                    assertThat(run.isFake()).isFalse();
                    ShareImage.run(run, new String[] {seed.imageId(), project});
                }
            }

            assertThat(output()).contains("tokens kept in", "2 HTTP requests (1 to Keystone, 1 to Glance).",
                    "1 HTTP request (0 to Keystone, 1 to Glance).");
            assertThat(fake.journal().requests(Service.IDENTITY)).hasSize(1);
            assertThat(fake.members(seed.imageId())).extracting(MemberSnapshot::memberId)
                    .contains(seed.demoProjectId(), seed.altProjectId());
            assertThat(output()).doesNotContain(DemoSeed.password("admin"));
        }
    }

    @Test
    void shareImageTwiceIsHarmless() {
        ShareImage.run(cloud, new String[0]);
        Member again = ShareImage.run(cloud, new String[0]);

        assertThat(again.status()).isEqualTo(MemberStatus.PENDING);
    }

    @Test
    void acceptShareAcceptsAPendingShareByName() {
        Member member = AcceptShare.run(cloud, new String[0]);

        assertThat(member.status()).isEqualTo(MemberStatus.ACCEPTED);
        assertThat(member.memberId()).isEqualTo(cloud.seed().orElseThrow().demoProjectId());
        assertThat(output()).contains("| accepted |");
    }

    @Test
    void listSharedWithMeShowsThePendingShare() {
        List<Image> images = ListSharedWithMe.run(cloud, new String[] {"pending"});

        assertThat(images).extracting(i -> i.name().orElse("")).containsExactly(DemoSeed.IMAGE_NAME);
        assertThat(output()).contains(DemoSeed.IMAGE_NAME);
    }

    @Test
    void listSharedWithMeDefaultsToAllOnAConfiguredCloudToo() {
        try (FakeOpenStack fake = FakeOpenStack.builder().start()) {
            fake.seed().demo();
            try (ExampleCloud run = ExampleCloud.open(openrc(fake, "demo", "http://unused"), new PrintStream(printed, true,
                    StandardCharsets.UTF_8))) {
                assertThat(run.isFake()).isFalse();
                List<Image> images = ListSharedWithMe.run(run, new String[0]);

                assertThat(images).as("nothing is shared with demo yet").isEmpty();
                assertThat(run.trace().exchanges()).extracting(e -> String.valueOf(e.uri().getRawQuery()))
                        .anySatisfy(q -> assertThat(q).contains("member_status=all"));
            }
        }
        assertThat(output()).doesNotContain("usage");
    }

    @Test
    void aConfiguredAuthUrlWithoutAVersionIsTracedAsKeystone() {
        try (FakeOpenStack fake = FakeOpenStack.builder().start()) {
            fake.seed().demo();
            String unversioned = fake.identityUrl().replaceFirst("/v3$", "");
            try (ExampleCloud run = ExampleCloud.open(openrc(fake, "admin", unversioned), new PrintStream(printed, true,
                    StandardCharsets.UTF_8))) {
                ListImages.run(run, new String[0]);

                assertThat(run.trace().exchanges()).extracting(e -> e.participant() + " " + e.method() + " "
                        + e.uri().getPath() + " " + e.status())
                        .startsWith("keystone GET / 300", "keystone POST /v3/auth/tokens 201")
                        .last().asString().startsWith("glance GET /v2/images");
            }
        }
    }

    /** What an openrc for a seeded user of the fake exports; {@code authUrl} "http://unused" means the fake's own. */
    private static Map<String, String> openrc(FakeOpenStack fake, String user, String authUrl) {
        return Map.of("OS_AUTH_URL", authUrl.equals("http://unused") ? fake.identityUrl() : authUrl, "OS_USERNAME", user,
                "OS_PASSWORD", DemoSeed.password(user), "OS_PROJECT_NAME", user, "OS_USER_DOMAIN_NAME", DemoSeed.DOMAIN,
                "OS_PROJECT_DOMAIN_NAME", DemoSeed.DOMAIN);
    }

    @Test
    void memberListShowsDemo() {
        List<Member> members = MemberList.run(cloud, new String[0]);

        assertThat(members).extracting(Member::memberId).containsExactly(cloud.seed().orElseThrow().demoProjectId());
    }

    @Test
    void revokeShareRemovesDemoAndSaysSoWhenAlreadyGone() {
        assertThat(RevokeShare.run(cloud, new String[0])).isTrue();
        assertThat(RevokeShare.run(cloud, new String[0])).isTrue(); // the fake setup shares it again first
        assertThat(output()).contains("Removed project demo");
    }

    @Test
    void deleteImageDeletesByName() {
        String id = DeleteImage.run(cloud, new String[0]);

        assertThat(id).isEqualTo(cloud.seed().orElseThrow().imageId());
        assertThatThrownBy(() -> DeleteImage.run(cloud, new String[0])).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listImagesListsEverything() {
        List<Image> images = ListImages.run(cloud, new String[0]);

        assertThat(images).extracting(i -> i.name().orElse("")).contains(DemoSeed.IMAGE_NAME);
        assertThat(output()).contains("| shared", DemoSeed.IMAGE_NAME);
    }

    @Test
    void bulkShareSharesTheSeededImageWithTwentyProjectsAndARerunSendsOnlyTheCheck() {
        BulkResult result = BulkShare.run(cloud, new String[0]);

        assertThat(result.count(Outcome.ADDED)).isEqualTo(20);
        assertThat(result.isComplete()).isTrue();
        assertThat(output()).contains("20 of 20", "20 pairs: 20 added", "Every project was added.");
        assertThat(output()).as("no empty table when nothing is left to show").doesNotContain("| Project");
        // cold: admin's token, the image lookup by name, one check, 20 adds
        assertThat(cloud.trace().count()).isEqualTo(1 + 1 + 1 + 20);
    }

    @Test
    void offboardRemovesDemoFromEverySharedImageAndIsSafeToRepeat() {
        BulkResult result = Offboard.run(cloud, new String[0]);

        assertThat(result.count(Outcome.REMOVED)).isEqualTo(5);
        assertThat(result.count(Outcome.NOT_A_MEMBER)).isEqualTo(1); // the seeded cirros image
        assertThat(output()).contains("Offboarded demo: 6 pairs");
        // one page, 6 checks, 5 removals
        assertThat(cloud.trace().count()).isEqualTo(1 + 6 + 5);
    }

    @Test
    void sharingAuditWritesCsvAndJson() throws Exception {
        Path dir = Path.of("target", "sharing-audit-test");
        List<ImageSharing> audit = SharingAudit.run(cloud, new String[] {dir.toString()});

        assertThat(audit).hasSize(4);
        assertThat(audit.stream().mapToInt(a -> a.members().size()).sum()).isEqualTo(6);
        String csv = Files.readString(dir.resolve("sharing-audit.csv"));
        assertThat(csv.lines()).hasSize(1 + 1 + 6)
                .first().isEqualTo("image_id,image_name,visibility,member_id,member_status,member_since,error");
        assertThat(csv).contains(DemoSeed.IMAGE_NAME + ",shared,,,", ",audited-01,shared,", ",pending,");
        String json = Files.readString(dir.resolve("sharing-audit.json"));
        assertThat(json).startsWith("{\"images\":[").contains("\"visibility\":\"shared\"", "\"status\":\"pending\"");
        // one page, one member list per shared image
        assertThat(cloud.trace().count()).isEqualTo(1 + 4);
    }

    @Test
    void mainMethodsRunAsTheReadmeCommandRunsThem() {
        // main() reads the real environment: CI has no OS_* cloud, so this is the fake too.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("OS_AUTH_URL") == null && System.getenv("OS_CLOUD") == null);
        ShareImage.main(new String[0]);
        ListImages.main(new String[0]);
    }
}
