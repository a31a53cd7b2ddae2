package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.observation.CallEvent;
import dev.glanceshare.core.observation.CallKind;
import dev.glanceshare.core.observation.CallStart;
import dev.glanceshare.core.observation.Outcome;
import dev.glanceshare.core.observation.SdkObserver;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the observation hook reports for operations and exchanges, with retries, waits and failures. */
class ObservationTest {
    private static final URI MEMBERS = URI.create("http://glance.test:9292/v2/images/1b2c/members");
    private static final URI MEMBER = URI.create("http://glance.test:9292/v2/images/1b2c/members/9f8e");

    private final List<CallStart> starts = new CopyOnWriteArrayList<>();
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private final SdkObserver recorder = new SdkObserver() {
        @Override
        public Scope started(CallStart start) {
            starts.add(start);
            return events::add;
        }
    };
    private final ScriptedTransport transport = new ScriptedTransport().observedBy(recorder);
    private final List<Duration> slept = new ArrayList<>();
    private final ServiceCaller glance = new ServiceCaller("Glance", StandardPipeline.builder(transport)
            .service("Glance").retrySleeper(slept::add).build(), 4096);

    @Test
    void aRetried503IsOneOperationWithOneRetryAndTwoExchanges() {
        transport.answer(503).answer(200, "X-Openstack-Request-Id", "req-2");

        glance.json(HttpRequest.builder("GET", MEMBERS).build(), JsonNode.class);

        assertThat(starts).extracting(CallStart::kind, CallStart::operation, CallStart::service, CallStart::method)
                .containsExactly(
                        tuple(CallKind.OPERATION, "image.members.list", "image", "GET"),
                        tuple(CallKind.EXCHANGE, "image.members.list", "image", "GET"),
                        tuple(CallKind.EXCHANGE, "image.members.list", "image", "GET"));
        CallEvent first = events.get(0);
        assertThat(first.kind()).isEqualTo(CallKind.EXCHANGE);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.outcome()).isEqualTo(Outcome.SERVER_ERROR);
        assertThat(first.retries()).isZero();
        CallEvent second = events.get(1);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.retries()).isEqualTo(1);
        assertThat(second.requestId()).contains("req-2");
        CallEvent operation = events.get(2);
        assertThat(operation.kind()).isEqualTo(CallKind.OPERATION);
        assertThat(operation.operation()).isEqualTo("image.members.list");
        assertThat(operation.status()).isEqualTo(200);
        assertThat(operation.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(operation.exceptionType()).isEmpty();
        assertThat(operation.retries()).isEqualTo(1);
        assertThat(operation.retryAfterWait()).isZero(); // a backoff, not a Retry-After
        assertThat(operation.requestId()).contains("req-2");
        assertThat(operation.duration()).isPositive();
    }

    @Test
    void a429sRetryAfterWaitIsReported() {
        transport.answer(429, "Retry-After", "2").answer(204);

        glance.send(HttpRequest.builder("DELETE", MEMBER).build());

        assertThat(slept).containsExactly(Duration.ofSeconds(2));
        CallEvent operation = events.get(events.size() - 1);
        assertThat(operation.operation()).isEqualTo("image.members.remove");
        assertThat(operation.status()).isEqualTo(204);
        assertThat(operation.retries()).isEqualTo(1);
        assertThat(operation.retryAfterWait()).isEqualTo(Duration.ofSeconds(2));
        assertThat(events.get(0).status()).isEqualTo(429);
        assertThat(events.get(1).retryAfterWait()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anErrorStatusReportsTheExceptionTheCallerGets() {
        transport.answer(404, "X-Openstack-Request-Id", "req-404");

        assertThatThrownBy(() -> glance.send(HttpRequest.builder("DELETE", MEMBER).build()))
                .isInstanceOf(NotFoundException.class);

        CallEvent exchange = events.get(0);
        assertThat(exchange.exceptionType()).isEmpty(); // the exchange got an answer
        assertThat(exchange.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
        CallEvent operation = events.get(1);
        assertThat(operation.status()).isEqualTo(404);
        assertThat(operation.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(operation.exceptionType()).contains("NotFoundException");
        assertThat(operation.requestId()).contains("req-404");
    }

    @Test
    void noResponseIsOutcomeUnknownWithTheTransportException() {
        transport.fail(TransportException.Kind.CONNECT).fail(TransportException.Kind.CONNECT)
                .fail(TransportException.Kind.CONNECT);

        assertThatThrownBy(() -> glance.json(HttpRequest.builder("POST", MEMBERS)
                .body(RequestBody.of(new byte[] {'{', '}'}, "application/json")).build(), JsonNode.class))
                .isInstanceOf(TransportException.class);

        assertThat(events).hasSize(4);
        assertThat(events.subList(0, 3)).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(CallKind.EXCHANGE);
            assertThat(e.status()).isZero();
            assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(e.exceptionType()).contains("TransportException");
        });
        CallEvent operation = events.get(3);
        assertThat(operation.operation()).isEqualTo("image.members.add");
        assertThat(operation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(operation.retries()).isEqualTo(2);
        assertThat(operation.requestId()).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsAFailedOperationEvenAfterA200() {
        transport.answer(200); // ScriptedTransport's body "{}" is JSON; ask for a type it cannot be
        assertThatThrownBy(() -> glance.json(HttpRequest.builder("GET", MEMBERS).build(), String.class))
                .isInstanceOf(TransportException.class);

        CallEvent operation = events.get(events.size() - 1);
        assertThat(operation.status()).isEqualTo(200);
        assertThat(operation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(operation.exceptionType()).contains("TransportException");
    }

    @Test
    void withoutAnObserverThePipelineHasNoObservingStep() {
        HttpPipeline plain = StandardPipeline.builder(new ScriptedTransport()).build();
        HttpPipeline observed = StandardPipeline.builder(transport).build();

        assertThat(plain.interceptors()).noneMatch(i -> i instanceof ObservingInterceptor);
        assertThat(observed.interceptors()).last().isInstanceOf(ObservingInterceptor.class);
    }

    @Test
    void onFinishedGetsEveryEnd() {
        List<CallEvent> seen = new ArrayList<>();
        ScriptedTransport t = new ScriptedTransport().observedBy(SdkObserver.onFinished(seen::add)).answer(204);
        new ServiceCaller("Keystone", StandardPipeline.builder(t).service("Keystone").build(), 4096)
                .send(HttpRequest.builder("GET", URI.create("http://keystone.test:5000/v3/auth/tokens")).build());

        assertThat(seen).extracting(CallEvent::kind, CallEvent::operation, CallEvent::service)
                .containsExactly(tuple(CallKind.EXCHANGE, "identity.tokens.validate", "identity"),
                        tuple(CallKind.OPERATION, "identity.tokens.validate", "identity"));
        assertThat(seen.get(1).exceptionType()).isEqualTo(Optional.empty());
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
