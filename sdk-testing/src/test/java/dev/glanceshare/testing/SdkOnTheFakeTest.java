package dev.glanceshare.testing;

import static dev.glanceshare.testing.OpenStackAssertions.assertThatApiException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.ImageNotSharedException;
import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.MemberStatusFilter;
import dev.glanceshare.image.model.Visibility;
import dev.glanceshare.image.model.VisibilityFilter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SDK against the bundled fake, the way a user's test suite uses it: one annotation, injected clients. */
@WithFakeOpenStack(lifecycle = FakeOpenStackExtension.Lifecycle.PER_TEST)
class SdkOnTheFakeTest {

    @Test
    void theOwnerSharesAndTheConsumerAccepts(@FakeUser("admin") GlanceClient owner,
            @FakeUser("demo") GlanceClient consumer, DemoSeed demo) {
        Image image = owner.images().find(DemoSeed.IMAGE_NAME);

        Member added = owner.images().members(image.id()).add(demo.demoProjectId());
        assertThat(added.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(consumer.images().list(ImageListOptions.none()).stream().map(Image::id))
                .as("a pending share is not in the member's default list").doesNotContain(image.id());
        assertThat(consumer.images().sharedWithMe(MemberStatusFilter.PENDING).stream().map(Image::id))
                .containsExactly(image.id());

        Member accepted = consumer.images().acceptShare(DemoSeed.IMAGE_NAME);

        assertThat(accepted.status()).isEqualTo(MemberStatus.ACCEPTED);
        assertThat(consumer.images().list(ImageListOptions.none()).stream().map(Image::id)).contains(image.id());
        assertThat(owner.images().members(image.id()).list()).extracting(Member::status)
                .containsExactly(MemberStatus.ACCEPTED);
        assertThat(consumer.images().members(image.id()).list()).extracting(Member::memberId)
                .as("a member sees only its own membership").containsExactly(demo.demoProjectId());
    }

    @Test
    void glancesSharingRulesSurfaceAsTypedErrors(@FakeUser("admin") GlanceClient owner,
            @FakeUser("demo") GlanceClient member, @FakeUser("alt") GlanceClient stranger, DemoSeed demo) {
        String image = demo.imageId();
        owner.images().members(image).add(demo.demoProjectId());

        assertThatApiException(() -> owner.images().members(image).add(demo.demoProjectId()))
                .isConflict().hasMethod("POST").hasServerMessageContaining("is duplicated").hasRequestId();
        assertThatApiException(() -> member.images().members(image).add(demo.altProjectId()))
                .isForbidden().hasServerMessageContaining("Not allowed to create members");
        assertThatApiException(() -> stranger.images().members(image).list())
                .isNotFound().hasServerMessage("Image " + image + " not found.");
        assertThatApiException(() -> stranger.images().get(image)).isNotFound();
        assertThatApiException(() -> member.images().delete(image)).isForbidden()
                .hasServerMessage("You do not own this image");
        assertThat(owner.images().members(image).add(demo.demoProjectId(), MemberAddOptions.strict().ignoreExisting())
                .memberId()).isEqualTo(demo.demoProjectId());
    }

    @Test
    void aPrivateImageIsExplainedAndSharedOnlyWhenAsked(@FakeUser("alt") GlanceClient alt, DemoSeed demo) {
        Image image = alt.images().create(ImageCreate.builder().name("alt-private").visibility(Visibility.PRIVATE).build());

        assertThatThrownBy(() -> alt.images().members(image.id()).add(demo.demoProjectId()))
                .isInstanceOfSatisfying(ImageNotSharedException.class,
                        e -> assertThat(e.visibility()).isEqualTo(Visibility.PRIVATE))
                .hasMessageContaining("only shared images have members");

        Member member = alt.images().members(image.id()).add(demo.demoProjectId(), MemberAddOptions.strict().makeShared());

        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(alt.images().get(image.id()).visibility()).isEqualTo(Visibility.SHARED);
    }

    @Test
    void nameLookupsFindPendingSharesAndRefuseAmbiguity(@FakeUser("alt") GlanceClient alt,
            @FakeUser("demo") GlanceClient demoClient, DemoSeed demo) {
        String first = alt.images().create(ImageCreate.builder().name("dup").build()).id();
        alt.images().create(ImageCreate.builder().name("dup").build());
        alt.images().members(first).add(demo.demoProjectId());

        assertThatThrownBy(() -> alt.images().find("dup"))
                .isInstanceOfSatisfying(dev.glanceshare.core.exception.AmbiguousNameException.class,
                        e -> assertThat(e.candidates()).hasSize(2));
        assertThat(demoClient.images().find("dup").id()).as("pending share found by name").isEqualTo(first);
        assertThatThrownBy(() -> demoClient.images().find("no-such-image")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void namesWithAColonAreFoundExactly(@FakeUser("alt") GlanceClient alt) {
        // Glance reads "op:value" in a name filter (name=in:a,b); a bare "ubuntu:22.04" is an unknown operator (400).
        String ubuntu = alt.images().create(ImageCreate.builder().name("ubuntu:22.04").build()).id();
        String inFoo = alt.images().create(ImageCreate.builder().name("in:foo").build()).id();
        alt.images().create(ImageCreate.builder().name("foo").build());

        assertThat(alt.images().find("ubuntu:22.04").id()).isEqualTo(ubuntu);
        assertThat(alt.images().find("in:foo").id()).isEqualTo(inFoo);
        assertThat(alt.images().list(ImageListOptions.builder().name("in:foo").build()).stream().map(Image::id))
                .containsExactly(inFoo);
    }

    @Test
    void listingPagesThroughEveryImage(@FakeUser("admin") GlanceClient admin, FakeOpenStack fake, DemoSeed demo) {
        for (int i = 0; i < 23; i++) {
            fake.seed().image("bulk-" + i).owner(demo.adminProjectId()).create();
        }

        List<Image> all = admin.images().list(ImageListOptions.builder().visibility(VisibilityFilter.ALL).pageSize(5)
                .build()).stream().collect(Collectors.toList());

        assertThat(all).hasSize(24);
        assertThat(all.stream().map(Image::id).distinct().count()).isEqualTo(24);
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheCallSucceeds(KeystoneSession session, FakeOpenStack fake, DemoSeed demo) {
        try (GlanceClient client = GlanceClient.builder().session(session).build()) {
            client.images().get(demo.imageId());
            long issued = fake.tokensIssued();

            fake.expireAllTokens();

            assertThat(client.images().get(demo.imageId()).id()).isEqualTo(demo.imageId());
            assertThat(fake.tokensIssued()).isEqualTo(issued + 1);
        }
    }
}
