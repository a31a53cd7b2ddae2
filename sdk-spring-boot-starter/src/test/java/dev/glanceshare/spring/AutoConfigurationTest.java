package dev.glanceshare.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkSharing;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.micrometer.MicrometerObserver;
import dev.glanceshare.spring.health.Boot3GlanceshareHealthIndicator;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration on Boot 3.5 against the fake: beans, closing, back-off, observation and health. */
class AutoConfigurationTest {
    private static final FakeOpenStack FAKE = FakeOpenStack.builder().start();
    private static final DemoSeed DEMO = FAKE.seed().demo();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GlanceshareAutoConfiguration.class));

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    private static String[] properties(String user) {
        return new String[] {"glanceshare.auth-url=" + FAKE.identityUrl(), "glanceshare.username=" + user,
                "glanceshare.password=" + DemoSeed.password(user), "glanceshare.project-name=" + user,
                "glanceshare.bulk.parallelism=2"};
    }

    @Test
    void propertiesGiveASessionAClientAndBulkSharingClosedWithTheContext() {
        KeystoneSession[] seen = new KeystoneSession[1];
        runner.withPropertyValues(properties("admin")).run(context -> {
            assertThat(context).hasSingleBean(KeystoneSession.class).hasSingleBean(GlanceClient.class)
                    .hasSingleBean(BulkSharing.class);
            GlanceClient glance = context.getBean(GlanceClient.class);
            glance.images().members(DEMO.imageId()).add(DEMO.altProjectId());
            assertThat(context.getBean(BulkSharing.class).options().parallelism()).isEqualTo(2);
            assertThat(context.getBean(KeystoneSession.class).projectId()).contains(DEMO.adminProjectId());
            seen[0] = context.getBean(KeystoneSession.class);
            glance.images().members(DEMO.imageId()).remove(DEMO.altProjectId());
        });
        assertThatThrownBy(() -> seen[0].token()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void withoutACloudNothingIsConfigured() {
        runner.run(context -> assertThat(context).doesNotHaveBean(KeystoneSession.class)
                .doesNotHaveBean(GlanceClient.class));
    }

    @Test
    void theApplicationsOwnClientWins() {
        runner.withPropertyValues(properties("admin"))
                .withBean("myGlance", GlanceClient.class, () -> GlanceClient.builder()
                        .session(KeystoneSession.builder().authUrl(FAKE.identityUrl())
                                .credentials(dev.glanceshare.identity.Credentials.token("unused")).build()).build())
                .run(context -> assertThat(context).hasSingleBean(GlanceClient.class).hasBean("myGlance"));
    }

    @Test
    void theApplicationsRegistriesGetTimersCountersAndGauges() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        runner.withPropertyValues(properties("admin")).withBean(MeterRegistry.class, () -> meters)
                .withBean(ObservationRegistry.class, () -> observations).run(context -> {
                    assertThat(context.getBean(SdkObserver.class)).isInstanceOf(MicrometerObserver.class);
                    context.getBean(GlanceClient.class).images().get(DEMO.imageId());
                    assertThat(meters.get("glanceshare.operation").tag("operation", "image.get").timer().count())
                            .isEqualTo(1);
                    assertThat(meters.get("glanceshare.tokens").tag("event", "issued").counter().count()).isEqualTo(1);
                    assertThat(meters.get("glanceshare.pool.max").gauge().value()).isEqualTo(64);
                });
        runner.withPropertyValues(properties("admin")).withPropertyValues("glanceshare.observation.enabled=false")
                .withBean(MeterRegistry.class, () -> meters)
                .run(context -> assertThat(context).doesNotHaveBean(SdkObserver.class));
    }

    @Test
    void healthIsUpWithTheTokensLifeAndNeverAuthenticates() {
        runner.withPropertyValues(properties("demo")).run(context -> {
            Boot3GlanceshareHealthIndicator indicator = context.getBean("glanceshareHealthIndicator",
                    Boot3GlanceshareHealthIndicator.class);
            long issued = FAKE.tokensIssued();
            Health before = indicator.health();
            assertThat(before.getStatus()).isEqualTo(Status.UP);
            assertThat(before.getDetails()).containsEntry("keystoneStatus", 200)
                    .containsEntry("token", "none yet: the session authenticates on first use");
            assertThat(FAKE.tokensIssued()).as("a probe does not authenticate").isEqualTo(issued);

            context.getBean(GlanceClient.class).images().list(ImageListOptions.none()).stream().toList();
            long afterUse = FAKE.tokensIssued();
            Health after = null;
            for (int i = 0; i < 3; i++) {
                after = indicator.health();
            }
            assertThat(FAKE.tokensIssued()).as("probes reuse the session's token").isEqualTo(afterUse);
            assertThat(after.getStatus()).isEqualTo(Status.UP);
            Map<String, Object> details = after.getDetails();
            assertThat(details).containsKeys("keystoneUrl", "glanceUrl", "tokenExpiresAt")
                    .as("Glance's root answers 300 with its versions, as real Glance does").containsEntry("glanceStatus", 300);
            assertThat((Long) details.get("tokenRemainingSeconds")).isBetween(3000L, 3600L);
            String token = context.getBean(KeystoneSession.class).cachedToken().orElseThrow().token().value();
            assertThat(details.toString()).doesNotContain(token, DemoSeed.password("demo"));
        });
    }

    @Test
    void healthIsDownWhenKeystoneDoesNotAnswer() {
        runner.withPropertyValues("glanceshare.auth-url=http://127.0.0.1:9/v3", "glanceshare.username=u",
                "glanceshare.password=p", "glanceshare.connect-timeout=2s").run(context -> {
                    Health health = context.getBean("glanceshareHealthIndicator", Boot3GlanceshareHealthIndicator.class)
                            .health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsKey("keystoneError");
                });
    }
}
