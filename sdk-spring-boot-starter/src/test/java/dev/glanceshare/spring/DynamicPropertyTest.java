package dev.glanceshare.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.spring.test.FakeGlanceshareProperties;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The one-line alternative: a fake the test starts itself, pointed at by a @DynamicPropertySource line. */
@SpringBootTest(classes = DynamicPropertyTest.App.class)
class DynamicPropertyTest {
    static final FakeOpenStack FAKE = FakeOpenStack.builder().start();
    static final DemoSeed DEMO = FAKE.seed().demo();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @DynamicPropertySource
    static void glanceshare(DynamicPropertyRegistry registry) {
        FakeGlanceshareProperties.add(registry, FAKE, "alt");
    }

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Autowired
    KeystoneSession session;

    @Test
    void theSessionIsTheFakesAlt() {
        assertThat(session.projectId()).contains(DEMO.altProjectId());
    }
}
