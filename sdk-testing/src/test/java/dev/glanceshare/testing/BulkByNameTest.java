package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.ProjectDirectory;
import dev.glanceshare.identity.ProjectLookupRefusedException;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ItemResult;
import dev.glanceshare.image.bulk.Outcome;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk sharing by project name, as an ordinary owner (alt, role member) on the fake. */
class BulkByNameTest {
    private BulkFixture f;
    private String image;
    private String tenantId;

    @BeforeEach
    void start() {
        f = BulkFixture.start();
        image = f.images(1).get(0);
        tenantId = f.fake.seed().project("tenant-a");
        f.fake.seed().user("lookup", "lookup-secret").domainRole("reader").create();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private GlanceClient alt(UnaryOperator<KeystoneSession.Builder> configure) {
        KeystoneSession session = configure.apply(KeystoneSession.builder().authUrl(f.fake.identityUrl())
                .credentials(Credentials.password().userName("alt").userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password("alt")).build())
                .scope(Scope.projectName("alt", DemoSeed.DOMAIN))).build();
        return GlanceClient.builder().session(session).closeWithClient(session).build();
    }

    private long nameLookups() {
        return f.fake.journal().requests(Service.IDENTITY).stream()
                .filter(r -> r.rawPath().endsWith("/v3/projects") && r.rawQuery() != null).count();
    }

    @Test
    void withALookupCredentialEachDistinctNameCostsOneLookupAndIsSharedOnce() {
        try (GlanceClient owner = alt(b -> b.projectLookup(Credentials.password().userName("lookup")
                .userDomainName(DemoSeed.DOMAIN).password("lookup-secret").build(), Scope.domainName(DemoSeed.DOMAIN)))) {
            BulkResult result = owner.bulk().shareByName(image, List.of("demo", "tenant-a", f.demo.demoProjectId(),
                    " demo ", "tenant-a"));

            assertThat(result.items()).extracting(ItemResult::projectId, ItemResult::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(f.demo.demoProjectId(), Outcome.ADDED),
                    org.assertj.core.groups.Tuple.tuple(tenantId, Outcome.ADDED));
            assertThat(nameLookups()).as("GET /v3/projects?name= per distinct name").isEqualTo(2);
            assertThat(f.requests("POST", "/members")).isEqualTo(2);

            BulkResult again = owner.bulk().shareByName(image, List.of("tenant-a", "demo"));
            assertThat(again.count(Outcome.ALREADY_MEMBER)).isEqualTo(2);
            assertThat(nameLookups()).as("the session kept both names").isEqualTo(2);
        }
        assertThat(f.memberIds(image)).containsExactlyInAnyOrder(f.demo.demoProjectId(), tenantId);
    }

    @Test
    void withoutALookupARefusedNameFailsTypedAndTheRestIsShared() {
        try (GlanceClient owner = alt(b -> b)) {
            BulkResult result = owner.bulk().shareByName(image, List.of("demo", f.demo.demoProjectId(), "alt"));

            assertThat(result.items()).hasSize(3);
            ItemResult demoByName = result.items().get(0);
            assertThat(demoByName.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(demoByName.projectId()).isEqualTo("demo");
            assertThat(demoByName.error()).get().isInstanceOf(ProjectLookupRefusedException.class)
                    .isInstanceOf(ForbiddenException.class);
            assertThat(result.items().get(1).outcome()).isEqualTo(Outcome.ADDED);
            // alt's own project resolves through /v3/auth/projects; Glance accepts the owner as a member
            assertThat(result.items().get(2).projectId()).isEqualTo(f.demo.altProjectId());
            assertThat(result.summary()).contains("1 failed");
        }
        assertThat(f.memberIds(image)).contains(f.demo.demoProjectId()).doesNotContain("demo");
    }

    @Test
    void aStaticDirectorySendsNoLookupAndAnUnknownNameIsNotFound() {
        ProjectDirectory directory = ProjectDirectory.of(Map.of("demo", f.demo.demoProjectId(), "tenant-a", tenantId));
        try (GlanceClient owner = alt(b -> b.projectDirectory(directory))) {
            BulkResult result = owner.bulk().shareByName(image, List.of("demo", "tenant-a", "tenant-z"));

            assertThat(result.count(Outcome.ADDED)).isEqualTo(2);
            assertThat(result.failures()).singleElement().satisfies(r -> assertThat(r.error()).get()
                    .isInstanceOf(ResourceNotFoundException.class));
        }
        assertThat(nameLookups()).isZero();
    }

    @Test
    void stopOnFailureSendsNothingToGlanceAfterAFailedLookup() {
        try (GlanceClient owner = alt(b -> b)) {
            long before = f.imageRequests();
            BulkResult result = owner.bulk(BulkOptions.builder().stopOnFailure(true).build())
                    .shareByName(image, List.of("demo", f.demo.demoProjectId()));

            assertThat(result.count(Outcome.FAILED)).isEqualTo(1);
            assertThat(result.count(Outcome.NOT_ATTEMPTED)).isEqualTo(1);
            assertThat(f.imageRequests()).isEqualTo(before);
        }
    }

    @Test
    void unshareByNameRemovesTheResolvedMembers() {
        f.fake.seed().member(image, tenantId, "accepted");
        try (GlanceClient owner = alt(b -> b.projectDirectory(ProjectDirectory.of(Map.of("tenant-a", tenantId))))) {
            BulkResult result = owner.bulk().unshareByName(image, List.of("tenant-a", f.demo.demoProjectId()));

            assertThat(result.items()).extracting(ItemResult::outcome).containsExactly(Outcome.REMOVED,
                    Outcome.NOT_A_MEMBER);
        }
        assertThat(f.memberIds(image)).isEmpty();
    }

    @Test
    void blankNamesAndBadImageIdsAreRefusedBeforeAnyRequest() {
        try (GlanceClient owner = alt(b -> b)) {
            assertThatThrownBy(() -> owner.bulk().shareByName(image, List.of("demo", " "))).isInstanceOf(
                    IllegalArgumentException.class);
            assertThatThrownBy(() -> owner.bulk().shareByName("not-a-uuid", List.of("demo")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(f.fake.journal().requests()).isEmpty();
    }
}
