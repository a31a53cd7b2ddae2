package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.ServerErrorException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.exception.TransportException.Kind;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryInterceptorTest {
    @RegisterExtension
    static WireMockExtension wire = Wire.server();

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final RetryInterceptor.Sleeper recorder = sleeps::add;
    private ApacheHttpTransport transport;

    @BeforeEach
    void open() {
        transport = Wire.transport();
    }

    @AfterEach
    void close() {
        assertThat(transport.leasedConnections()).as("every discarded response closed").isZero();
        transport.close();
    }

    private HttpPipeline pipeline(RetryPolicy policy) {
        return HttpPipeline.of(transport, List.of(new RetryInterceptor(policy, recorder, Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    private HttpResponse send(RetryPolicy policy, String method) {
        return pipeline(policy).send(Wire.request(method, URI.create(wire.baseUrl() + "/v2/images")));
    }

    /** Answers {@code first} once, then 200. */
    private void firstThenOk(ResponseDefinitionBuilder first) {
        wire.stubFor(any(anyUrl()).inScenario("retry").whenScenarioStateIs(STARTED).willReturn(first)
                .willSetStateTo("recovered"));
        wire.stubFor(any(anyUrl()).inScenario("retry").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @Test
    void getAnswered503ThenOkSucceedsOnTheSecondRequest() {
        firstThenOk(aResponse().withStatus(503).withBody("down"));

        try (HttpResponse response = send(RetryPolicy.defaults(), "GET")) {
            assertThat(response.status()).isEqualTo(200);
        }
        wire.verify(2, anyRequestedFor(anyUrl()));
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    }

    @Test
    void retryAfterInSecondsIsWaitedFor() {
        firstThenOk(aResponse().withStatus(503).withHeader("Retry-After", "7"));

        send(RetryPolicy.defaults(), "GET").close();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsHttpDateIsWaitedFor() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW.plusSeconds(12), ZoneOffset.UTC));
        firstThenOk(aResponse().withStatus(429).withHeader("Retry-After", date));

        send(RetryPolicy.defaults(), "GET").close();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterLongerThanThePolicyAllowsReturnsTheResponse() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));

        try (HttpResponse response = send(RetryPolicy.defaults(), "GET")) {
            assertThat(response.status()).isEqualTo(503);
        }
        wire.verify(1, anyRequestedFor(anyUrl()));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void tooManyRequestsIsRetriedForGet() {
        firstThenOk(aResponse().withStatus(429));

        try (HttpResponse response = send(RetryPolicy.defaults(), "GET")) {
            assertThat(response.status()).isEqualTo(200);
        }
        wire.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void postAnswered503IsNotRetried() {
        firstThenOk(aResponse().withStatus(503));

        try (HttpResponse response = send(RetryPolicy.defaults(), "POST")) {
            assertThat(response.status()).isEqualTo(503);
        }
        wire.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void postWhoseConnectionWasResetIsNotRetried() {
        // the request may have reached Glance: a second POST could add a second member
        firstThenOk(aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertThatThrownBy(() -> send(RetryPolicy.defaults(), "POST"))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO));
        wire.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void getWhoseConnectionBrokeIsRetried() {
        firstThenOk(aResponse().withFault(Fault.EMPTY_RESPONSE));

        try (HttpResponse response = send(RetryPolicy.defaults(), "GET")) {
            assertThat(response.status()).isEqualTo(200);
        }
        wire.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void postWhoseConnectionWasRefusedIsRetriedUpToTheLimit() {
        ScriptedTransport counting = new ScriptedTransport();
        URI nowhere = Wire.closedPort().resolve("/v2/images/9faa/members");
        HttpPipeline pipeline = HttpPipeline.of(transport, List.of(
                new RetryInterceptor(RetryPolicy.defaults(), recorder, Clock.systemUTC()),
                chain -> {
                    counting.sent().add(chain.request());
                    return chain.proceed(chain.request());
                }));

        assertThatThrownBy(() -> pipeline.send(Wire.request("POST", nowhere)))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONNECT);
                    assertThat(e.getSuppressed()).hasSize(2);
                });
        assertThat(counting.sent()).hasSize(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void postRefusedOnceThenAcceptedSucceeds() {
        ScriptedTransport script = new ScriptedTransport().fail(Kind.CONNECT).answer(200);

        HttpResponse response = HttpPipeline.of(script, List.of(new RetryInterceptor(RetryPolicy.defaults(), recorder,
                Clock.systemUTC()))).send(Wire.request("POST", URI.create("http://glance/v2/images")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(script.sent()).hasSize(2);
    }

    @Test
    void attemptsAreBoundedAndTheLastAnswerReachesTheCaller() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)));
        ServiceCaller glance = new ServiceCaller("Glance",
                pipeline(RetryPolicy.builder().maxAttempts(4).build()), 4096);

        assertThatThrownBy(() -> glance.send(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images"))))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageStartingWith("Glance GET /v2/images returned 502 Bad Gateway");
        wire.verify(4, anyRequestedFor(anyUrl()));
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void noneTurnsRetriesOff() {
        firstThenOk(aResponse().withStatus(503));

        try (HttpResponse response = send(RetryPolicy.none(), "GET")) {
            assertThat(response.status()).isEqualTo(503);
        }
        wire.verify(1, anyRequestedFor(anyUrl()));
        assertThat(RetryPolicy.none().isEnabled()).isFalse();
    }

    private ServiceCaller caller(ApacheHttpTransport on) {
        return new ServiceCaller("Glance", HttpPipeline.of(on, List.of(new RetryInterceptor(RetryPolicy.defaults(),
                recorder, Clock.fixed(NOW, ZoneOffset.UTC)))), 4096);
    }

    /**
     * A server whose first answer sends its headers and half its body, then stalls; later answers are whole.
     * (WireMock's dribble delay cannot be relied on to send the headers before the first delay.)
     */
    private static final class StallingServer implements AutoCloseable {
        private final java.net.ServerSocket socket;
        private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
        private final Thread acceptor;

        StallingServer(String body) throws java.io.IOException {
            socket = new java.net.ServerSocket(0, 8, java.net.InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        java.net.Socket s = socket.accept();
                        boolean first = connections.incrementAndGet() == 1;
                        Thread answer = new Thread(() -> answer(s, body, first));
                        answer.setDaemon(true);
                        answer.start();
                    } catch (java.io.IOException e) {
                        return; // closed
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void answer(java.net.Socket s, String body, boolean stall) {
            try (s) {
                java.io.InputStream in = s.getInputStream();
                String head = "";
                while (!head.contains("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head += (char) b;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                String headers = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + bytes.length + "\r\nConnection: close\r\n\r\n";
                s.getOutputStream().write(headers.getBytes(StandardCharsets.ISO_8859_1));
                if (stall) {
                    s.getOutputStream().write(bytes, 0, bytes.length / 2);
                    s.getOutputStream().flush();
                    Thread.sleep(5_000);
                } else {
                    s.getOutputStream().write(bytes);
                }
            } catch (java.io.IOException | InterruptedException e) {
                // the client went away
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
            acceptor.interrupt();
        }
    }

    @Test
    void aJsonGetWhoseBodyStallsPastTheTimeoutIsRetried() throws Exception {
        try (StallingServer server = new StallingServer("{\"images\": [], \"schema\": \"/v2/schemas/images\"}");
                ApacheHttpTransport impatient = Wire.transport(Duration.ofMillis(1000))) {
            assertThat(caller(impatient).json(Wire.request("GET", server.uri("/v2/images")), JsonNode.class).has("images"))
                    .isTrue();
            assertThat(server.connections()).isEqualTo(2);
            assertThat(impatient.leasedConnections()).isZero();
        }
    }

    @Test
    void aJsonGetWhoseBodyBreaksOffIsRetried() {
        firstThenOk(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertThat(caller(transport).json(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images")),
                JsonNode.class).isEmpty()).isTrue();
        wire.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPostWhoseBodyStallsIsNotResent() throws Exception {
        try (StallingServer server = new StallingServer("{\"member_id\": \"d34b\", \"status\": \"pending\"}");
                ApacheHttpTransport impatient = Wire.transport(Duration.ofMillis(1000))) {
            HttpRequest post = HttpRequest.builder("POST", server.uri("/v2/images/9faa/members"))
                    .body(RequestBody.of("{\"member\": \"d34b\"}".getBytes(StandardCharsets.UTF_8), "application/json"))
                    .build();
            assertThatThrownBy(() -> caller(impatient).json(post, java.util.Map.class))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
            assertThat(server.connections()).isEqualTo(1);
            assertThat(impatient.leasedConnections()).isZero();
        }
    }

    @Test
    void aBufferedBodyOverTheLimitIsADecodeFailureAndNotRetried() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"x\": \"" + "a".repeat(10_000) + "\"}")));

        assertThatThrownBy(() -> caller(transport).json(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images")),
                java.util.Map.class))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DECODE))
                .hasMessageContaining("larger than the limit of 4096");
        wire.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void internalServerErrorIsNotRetried() {
        firstThenOk(aResponse().withStatus(500));

        send(RetryPolicy.defaults(), "GET").close();

        wire.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void oneShotStreamBodyIsNeverResent() {
        firstThenOk(aResponse().withStatus(503));
        HttpRequest upload = HttpRequest.builder("PUT", URI.create(wire.baseUrl() + "/v2/images/9faa/file"))
                .body(RequestBody.of(new ByteArrayInputStream(new byte[100]), 100, "application/octet-stream"))
                .build();

        try (HttpResponse response = pipeline(RetryPolicy.defaults()).send(upload)) {
            assertThat(response.status()).isEqualTo(503);
        }
        wire.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void repeatableBodyIsResentWhole() {
        firstThenOk(aResponse().withStatus(503));
        HttpRequest put = HttpRequest.builder("PUT", URI.create(wire.baseUrl() + "/v2/images/9faa/members/d34b"))
                .body(RequestBody.of("{\"status\": \"accepted\"}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .build();

        pipeline(RetryPolicy.defaults()).send(put).close();

        wire.verify(2, anyRequestedFor(anyUrl()).withRequestBody(
                equalToJson("{\"status\": \"accepted\"}")));
    }

    @Test
    void everyDiscardedResponseIsClosedAndTheReturnedOneIsNot() {
        ScriptedTransport script = new ScriptedTransport().answer(503).answer(504).answer(200);

        HttpResponse response = HttpPipeline.of(script, List.of(new RetryInterceptor(RetryPolicy.defaults(), recorder,
                Clock.systemUTC()))).send(Wire.request("GET", URI.create("http://glance/v2/images")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(script.closed()).containsExactly(true, true, false);
    }

    @Test
    void timeoutIsRetriedForDeleteButNotForPatch() {
        ScriptedTransport forDelete = new ScriptedTransport().fail(Kind.TIMEOUT).answer(204);
        ScriptedTransport forPatch = new ScriptedTransport().fail(Kind.TIMEOUT).answer(200);
        RetryInterceptor retry = new RetryInterceptor(RetryPolicy.defaults(), recorder, Clock.systemUTC());
        URI image = URI.create("http://glance/v2/images/9faa");

        assertThat(HttpPipeline.of(forDelete, List.of(retry)).send(Wire.request("DELETE", image)).status()).isEqualTo(204);
        assertThatThrownBy(() -> HttpPipeline.of(forPatch, List.of(retry)).send(Wire.request("PATCH", image)))
                .isInstanceOf(TransportException.class);
        assertThat(forDelete.sent()).hasSize(2);
        assertThat(forPatch.sent()).hasSize(1);
    }

    @Test
    void tlsFailureIsNotRetried() {
        ScriptedTransport script = new ScriptedTransport().fail(Kind.TLS).answer(200);

        assertThatThrownBy(() -> HttpPipeline.of(script, List.of(new RetryInterceptor(RetryPolicy.defaults(), recorder,
                Clock.systemUTC()))).send(Wire.request("GET", URI.create("https://glance/v2/images"))))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TLS));
        assertThat(script.sent()).hasSize(1);
    }

    @Test
    void interruptWhileWaitingRestoresTheFlagAndFails() {
        ScriptedTransport script = new ScriptedTransport().answer(503, "Retry-After", "5").answer(200);
        RetryInterceptor.Sleeper interrupted = d -> {
            throw new InterruptedException();
        };

        try {
            assertThatThrownBy(() -> HttpPipeline.of(script, List.of(new RetryInterceptor(RetryPolicy.defaults(),
                    interrupted, Clock.systemUTC()))).send(Wire.request("GET", URI.create("http://glance/v2/images"))))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
                    .hasMessageContaining("interrupted while waiting 5000 ms to retry");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(script.closed()).containsExactly(true);
        } finally {
            Thread.interrupted(); // leave the test thread clean
        }
    }

    @Test
    void backoffIsFullJitterUnderADoublingCap() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ZERO);
        assertThat(policy.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(30, 0.5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoff(30, 0.999_999)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void defaultsAreThreeAttemptsAndSixtySecondsOfRetryAfter() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.toBuilder().build()).isEqualTo(policy);
    }

    @Test
    void policyRefusesValuesThatMakeNoSense() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(20)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter than baseDelay");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
