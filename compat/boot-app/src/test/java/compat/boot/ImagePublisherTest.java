package compat.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.MemberSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The Spring-managed client shares an image, against the bundled fake, on the versions Boot manages. */
@SpringBootTest
@Import(FakeCloud.class)
class ImagePublisherTest {
    @Autowired
    ImagePublisher publisher;

    @Autowired
    FakeOpenStack fake;

    @Autowired
    DemoSeed demo;

    @Test
    void publishesThroughTheSpringManagedClient() {
        Member member = publisher.publish(DemoSeed.IMAGE_NAME, demo.altProjectId());

        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(fake.members(demo.imageId())).extracting(MemberSnapshot::memberId).contains(demo.altProjectId());
    }
}
