package compat;

import static dev.glanceshare.testing.OpenStackAssertions.assertThatApiException;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeUser;
import dev.glanceshare.testing.WithFakeOpenStack;
import org.junit.jupiter.api.Test;

/** sdk-testing's AssertJ helpers, on the AssertJ version the user's project has. */
@WithFakeOpenStack
class OpenStackAssertionsTest {
    @Test
    void aDuplicateMemberIsAConflictWithTheServersWords(@FakeUser("admin") GlanceClient owner, DemoSeed demo) {
        owner.images().members(demo.imageId()).add(demo.altProjectId());

        assertThatApiException(() -> owner.images().members(demo.imageId()).add(demo.altProjectId()))
                .isConflict().hasMethod("POST").hasServerMessageContaining("is duplicated").hasRequestId();
        assertThat(owner.images().members(demo.imageId()).list()).extracting(Member::status)
                .containsExactly(MemberStatus.PENDING);
    }
}
