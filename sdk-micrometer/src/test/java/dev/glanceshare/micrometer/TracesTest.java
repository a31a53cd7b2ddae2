package dev.glanceshare.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a tracer sees, with Micrometer's TestObservationRegistry: span names, exchanges as children of their
 * operation, request IDs only as high-cardinality values, the error, and no secret or ID in any tag or attribute.
 */
class TracesTest {
    private final FakeOpenStack fake = FakeOpenStack.builder().start();
    private final DemoSeed demo = fake.seed().demo();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ApacheHttpTransport transport;

    TracesTest() {
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }
        });
        transport = ApacheHttpTransport.create(TransportOptions.builder().observer(MicrometerObserver.builder()
                .observationRegistry(observations).meterRegistry(meters).build()).build());
    }

    @AfterEach
    void stop() {
        transport.close();
        fake.close();
    }

    @Test
    void exchangesAreChildrenOfTheirOperationAndNothingSecretIsATagOrAttribute() {
        String password = DemoSeed.password("admin");
        String token;
        try (KeystoneSession session = KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                .credentials(Credentials.password().userName("admin").userDomainName(DemoSeed.DOMAIN)
                        .password(password).build())
                .scope(Scope.projectName("admin", DemoSeed.DOMAIN)).build();
                GlanceClient glance = GlanceClient.builder().session(session).build()) {
            glance.images().members(demo.imageId()).add(demo.demoProjectId());
            assertThatThrownBy(() -> glance.images().members("9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b").list())
                    .isInstanceOf(NotFoundException.class);
            token = session.token().value();
        }

        TestObservationRegistryAssert.assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo("glanceshare.operation", 3)
                .hasNumberOfObservationsWithNameEqualTo("glanceshare.exchange", 3)
                .hasObservationWithNameEqualTo("glanceshare.operation").that()
                .hasContextualNameEqualTo("identity.tokens.issue")
                .hasLowCardinalityKeyValue("service", "identity").hasLowCardinalityKeyValue("status", "201");

        GlanceshareObservationContext add = context("glanceshare.operation", "image.members.add");
        GlanceshareObservationContext addExchange = context("glanceshare.exchange", "image.members.add");
        assertThat(addExchange.getContextualName()).isEqualTo("post image.members.add");
        assertThat(addExchange.getParentObservation().getContextView()).isSameAs(add);
        assertThat(add.getHighCardinalityKeyValue("openstack.request_id").getValue()).startsWith("req-");
        assertThat(add.getLowCardinalityKeyValue("openstack.request_id")).as("never a metric tag").isNull();
        GlanceshareObservationContext missing = context("glanceshare.operation", "image.members.list");
        assertThat(missing.getError()).isInstanceOf(NotFoundException.class);
        assertThat(missing.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("CLIENT_ERROR");

        List<String> values = new ArrayList<>();
        for (Observation.Context c : stopped) {
            values.add(c.getName());
            values.add(c.getContextualName());
            c.getAllKeyValues().forEach(kv -> values.add(kv.getKey() + "=" + kv.getValue()));
        }
        meters.getMeters().forEach(m -> m.getId().getTags().forEach(t -> values.add(t.getKey() + "=" + t.getValue())));
        assertThat(values).isNotEmpty().noneMatch(v -> v.contains(token) || v.contains(password)
                || v.contains(demo.imageId()) || v.contains(demo.demoProjectId()) || v.contains(demo.adminProjectId())
                || v.contains("9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));
        for (Observation.Context c : stopped) {
            List<String> keys = new ArrayList<>();
            c.getLowCardinalityKeyValues().forEach(kv -> keys.add(kv.getKey()));
            assertThat(keys).as("the only metric tags").containsExactlyInAnyOrder("operation", "service", "method",
                    "status", "outcome");
        }
    }

    private GlanceshareObservationContext context(String name, String operation) {
        return stopped.stream().filter(c -> c instanceof GlanceshareObservationContext && c.getName().equals(name))
                .map(c -> (GlanceshareObservationContext) c)
                .filter(c -> c.start().operation().equals(operation)).findFirst().orElseThrow();
    }

}
