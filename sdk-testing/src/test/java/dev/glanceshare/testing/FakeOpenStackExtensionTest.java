package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small scenario classes with JUnit's test kit and checks what the extension did from outside. */
class FakeOpenStackExtensionTest {
    static final List<FakeOpenStack> SEEN = new ArrayList<>();

    private static Events run(Class<?> scenario) {
        SEEN.clear();
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(scenario)).execute().testEvents();
    }

    private static boolean answers(FakeOpenStack fake) {
        try {
            return Wire.get(fake.identityUrl()).send().status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void annotationSharesOneSeededFakeAcrossTheClassAndClosesItAfterwards() {
        run(PerClassScenario.class).assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
        assertThat(answers(SEEN.get(0))).isFalse();
    }

    @Test
    void perTestLifecycleGivesEachTestAFreshFake() {
        run(PerTestScenario.class).assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
        assertThat(SEEN).noneMatch(FakeOpenStackExtensionTest::answers);
    }

    @Test
    void registeredExtensionAppliesConfigurationAndCustomParameterFactories() {
        run(RegisteredScenario.class).assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(SEEN.get(0).imageUrl()).endsWith("/image");
    }

    @Test
    void instanceFieldRegistrationStartsAFakePerTest() {
        run(InstanceFieldScenario.class).assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(answers(SEEN.get(0))).isFalse();
    }

    @WithFakeOpenStack
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassScenario {
        @Test
        @Order(1)
        void first(FakeOpenStack fake, DemoSeed demo) {
            SEEN.add(fake);
            assertThat(fake.image(demo.imageId())).isPresent();
            fake.seed().project("made-in-first");
        }

        @Test
        @Order(2)
        void second(FakeOpenStack fake) {
            SEEN.add(fake);
            assertThat(fake.seed().projectId("made-in-first")).hasSize(32);
        }
    }

    @WithFakeOpenStack(lifecycle = FakeOpenStackExtension.Lifecycle.PER_TEST)
    static class PerTestScenario {
        @Test
        void one(FakeOpenStack fake) {
            SEEN.add(fake);
            fake.seed().project("only-here");
        }

        @Test
        void two(FakeOpenStack fake) {
            SEEN.add(fake);
            fake.seed().project("only-here"); // would fail on a shared fake: the name is taken
        }
    }

    static class RegisteredScenario {
        @RegisterExtension
        static FakeOpenStackExtension cloud = FakeOpenStackExtension.perClass()
                .configure(b -> b.imagePathPrefix("/image"))
                .parameter(ParameterFactory.of(URI.class, fake -> URI.create(fake.imageUrl())));

        @Test
        void injected(FakeOpenStack fake, URI imageUri) {
            SEEN.add(fake);
            assertThat(imageUri.getPath()).isEqualTo("/image");
        }
    }

    static class InstanceFieldScenario {
        @RegisterExtension
        FakeOpenStackExtension cloud = FakeOpenStackExtension.perClass().withoutDemoSeed();

        @Test
        void runs(FakeOpenStack fake) {
            SEEN.add(fake);
            assertThat(fake.images()).isEmpty();
        }
    }
}
