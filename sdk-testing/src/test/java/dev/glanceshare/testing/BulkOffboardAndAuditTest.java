package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ImageSharing;
import dev.glanceshare.image.bulk.ItemResult;
import dev.glanceshare.image.bulk.Outcome;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offboarding a project, the consumer's accept and reject of many shares, and the sharing audit, on the fake. */
class BulkOffboardAndAuditTest {
    private BulkFixture f;
    private List<String> images;
    private String priv;

    @BeforeEach
    void seed() {
        f = BulkFixture.start();
        images = f.images(6);
        for (int i = 0; i < 4; i++) {
            f.fake.seed().member(images.get(i), f.demo.demoProjectId(), i == 0 ? "accepted" : "pending");
        }
        f.fake.seed().member(images.get(5), f.demo.adminProjectId(), "rejected");
        priv = f.fake.seed().image("alt-private").owner(f.demo.altProjectId()).visibility("private")
                .member(f.demo.demoProjectId(), "accepted").create();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void offboardRemovesTheProjectFromEverySharedImageTheCallerOwnsAndIsSafeToRepeat() {
        GlanceClient alt = f.client("alt");
        f.fake.journal().clear();

        BulkResult result = alt.bulk().offboard(f.demo.demoProjectId());

        assertThat(result.items()).extracting(ItemResult::imageId).containsExactlyInAnyOrderElementsOf(images);
        assertThat(result.count(Outcome.REMOVED)).isEqualTo(4);
        assertThat(result.count(Outcome.NOT_A_MEMBER)).isEqualTo(2);
        images.forEach(image -> assertThat(f.memberIds(image)).doesNotContain(f.demo.demoProjectId()));
        assertThat(f.memberIds(images.get(5))).containsExactly(f.demo.adminProjectId());
        assertThat(f.requests("GET", "/v2/images")).as("one page").isEqualTo(1);
        assertThat(f.imageRequests()).isEqualTo(1 + 6 + 4);
        f.fake.journal().clear();

        BulkResult again = alt.bulk().offboard(f.demo.demoProjectId());

        assertThat(again.count(Outcome.NOT_A_MEMBER)).isEqualTo(6);
        assertThat(f.imageRequests()).isEqualTo(1 + 6);
    }

    @Test
    void theConsumerAcceptsAndRejectsManySharesInOneRequestEach() {
        GlanceClient demo = f.client("demo");
        List<String> some = new ArrayList<>(images.subList(0, 3));
        some.add(images.get(4)); // not shared with demo
        f.fake.journal().clear();

        BulkResult accepted = demo.bulk().accept(some);

        assertThat(accepted.items()).extracting(ItemResult::outcome).containsExactly(Outcome.ACCEPTED,
                Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.NOT_A_MEMBER);
        assertThat(f.fake.members(images.get(1))).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo("accepted"));
        assertThat(f.imageRequests()).isEqualTo(4);

        BulkResult rejected = demo.bulk().reject(images.subList(3, 4));

        assertThat(rejected.items()).extracting(ItemResult::outcome).containsExactly(Outcome.REJECTED);
    }

    @Test
    void theAuditListsEveryOwnedImageWithItsMembersInOneRequestPerPagePlusOnePerSharedImage() {
        GlanceClient alt = f.client("alt");
        f.fake.journal().clear();

        List<ImageSharing> audit = alt.bulk().audit();

        assertThat(audit).extracting(ImageSharing::imageId).containsExactlyInAnyOrderElementsOf(
                concat(images, priv));
        ImageSharing privately = audit.stream().filter(a -> a.imageId().equals(priv)).findFirst().orElseThrow();
        assertThat(privately.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(privately.members()).isEmpty();
        ImageSharing first = audit.stream().filter(a -> a.imageId().equals(images.get(0))).findFirst().orElseThrow();
        assertThat(first.members()).extracting(Member::memberId, Member::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(f.demo.demoProjectId(), MemberStatus.ACCEPTED));
        assertThat(audit).allSatisfy(a -> assertThat(a.error()).isEmpty());
        assertThat(f.imageRequests()).isEqualTo(1 + 6);
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> out = new ArrayList<>(list);
        out.add(one);
        return out;
    }
}
