package compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.MemberStatusFilter;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.FakeUser;
import dev.glanceshare.testing.MemberSnapshot;
import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.Service;
import dev.glanceshare.testing.WithFakeOpenStack;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sharing workflow a user's test suite runs, through the JUnit extension's injected clients. */
@WithFakeOpenStack
class SharingFlowTest {
    @Test
    void ownerSharesInOneRequestConsumerAcceptsAndSeesTheImage(@FakeUser("admin") GlanceClient owner,
            @FakeUser("demo") GlanceClient consumer, FakeOpenStack fake, DemoSeed demo) {
        owner.images().get(demo.imageId()); // a warm client: token and catalog in hand
        int before = fake.journal().size();

        Member added = owner.images().members(demo.imageId()).add(demo.demoProjectId());

        List<RecordedRequest> sent = fake.journal().requests().subList(before, fake.journal().size());
        assertEquals(1, sent.size(), () -> "requests for one add on a warm client: " + sent);
        assertEquals(Service.IMAGE, sent.get(0).service());
        assertEquals("POST /v2/images/" + demo.imageId() + "/members", sent.get(0).method() + " " + sent.get(0).rawPath());
        assertEquals(MemberStatus.PENDING, added.status());
        assertEquals(demo.demoProjectId(), added.memberId());

        Member accepted = consumer.images().acceptShare(DemoSeed.IMAGE_NAME);
        assertEquals(MemberStatus.ACCEPTED, accepted.status());
        assertEquals(List.of("accepted"), fake.members(demo.imageId()).stream()
                .filter(m -> m.memberId().equals(demo.demoProjectId())).map(MemberSnapshot::status)
                .collect(Collectors.toList()));

        List<String> sharedWithMe = consumer.images().sharedWithMe(MemberStatusFilter.ACCEPTED).stream()
                .map(Image::id).collect(Collectors.toList());
        assertTrue(sharedWithMe.contains(demo.imageId()), () -> "shared with demo: " + sharedWithMe);
        assertEquals(demo.imageId(), consumer.images().get(demo.imageId()).id());
    }
}
