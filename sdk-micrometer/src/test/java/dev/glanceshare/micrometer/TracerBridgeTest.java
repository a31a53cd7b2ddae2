package dev.glanceshare.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spans through Micrometer Tracing's handler, as an application with a bridge (OpenTelemetry or Brave) gets
 * them; SimpleTracer stands in for the bridge. The application's own span is the parent of the operation's.
 */
class TracerBridgeTest {
    @Test
    void operationsAreChildSpansOfTheApplicationsSpanAndExchangesOfTheirOperation() {
        SimpleTracer tracer = new SimpleTracer();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        try (FakeOpenStack fake = FakeOpenStack.builder().start();
                ApacheHttpTransport transport = ApacheHttpTransport.create(TransportOptions.builder()
                        .observer(MicrometerObserver.builder().observationRegistry(observations).build()).build());
                KeystoneSession session = KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                        .credentials(Credentials.password().userName("admin").userDomainName(DemoSeed.DOMAIN)
                                .password(DemoSeed.password("admin")).build())
                        .scope(Scope.projectName("admin", DemoSeed.DOMAIN)).build();
                GlanceClient glance = GlanceClient.builder().session(session).build()) {
            DemoSeed demo = fake.seed().demo();
            session.authenticate();
            io.micrometer.tracing.Span request = tracer.nextSpan().name("POST /shares").start();
            io.micrometer.tracing.Tracer.SpanInScope scope = tracer.withSpan(request);
            try {
                glance.images().members(demo.imageId()).add(demo.demoProjectId());
            } finally {
                scope.close();
                request.end();
            }
        }

        List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
        SimpleSpan app = span(spans, "POST /shares");
        SimpleSpan operation = span(spans, "image.members.add");
        SimpleSpan exchange = span(spans, "post image.members.add");
        assertThat(operation.getTraceId()).isEqualTo(app.getTraceId());
        assertThat(operation.getParentId()).isEqualTo(app.getSpanId());
        assertThat(exchange.getParentId()).isEqualTo(operation.getSpanId());
        assertThat(operation.getTags()).containsEntry("operation", "image.members.add")
                .containsEntry("status", "200").containsEntry("outcome", "SUCCESS").containsKey("openstack.request_id");
        assertThat(span(spans, "identity.tokens.issue").getTraceId()).as("authenticating outside the request")
                .isNotEqualTo(app.getTraceId());
    }

    private static SimpleSpan span(List<SimpleSpan> spans, String name) {
        return spans.stream().filter(s -> name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans));
    }
}
