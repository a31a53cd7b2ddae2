package dev.glanceshare.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.spring.test.WithFakeGlanceshare;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** One annotation: the fake starts with the context, and the auto-configured client talks to it. */
@SpringBootTest(classes = FakeCloudAnnotationTest.App.class)
@WithFakeGlanceshare
class FakeCloudAnnotationTest {
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @Autowired
    GlanceClient glance;
    @Autowired
    DemoSeed demo;
    @Autowired
    FakeOpenStack fake;

    @Test
    void theClientSharesOnTheFake() {
        Member member = glance.images().members(demo.imageId()).add(demo.altProjectId());

        assertThat(member.memberId()).isEqualTo(demo.altProjectId());
        assertThat(fake.members(demo.imageId())).extracting(m -> m.memberId()).contains(demo.altProjectId());
    }
}
