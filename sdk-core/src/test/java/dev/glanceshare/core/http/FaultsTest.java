package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.exception.TransportException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Broken answers give a typed {@link TransportException} of the right kind, promptly, and are not retried by HttpClient. */
@Timeout(30) // a hang fails the class instead of the build
class FaultsTest {
    @RegisterExtension
    static WireMockExtension wire = Wire.server();

    private ApacheHttpTransport transport;
    private ServiceCaller glance;

    @BeforeEach
    void open() {
        transport = Wire.transport();
        glance = new ServiceCaller("Glance", HttpPipeline.of(transport, List.of()), 4096);
    }

    @AfterEach
    void close() {
        assertThat(transport.leasedConnections()).as("connections leaked").isZero();
        transport.close();
    }

    private Kind kindOfFailure(ResponseDefinitionBuilder answer) {
        return kindOfFailure(glance, answer);
    }

    /** Only the timeout tests use a short response timeout: an ordinary first request can be slow on a busy machine. */
    private Kind kindOfTimeout(ResponseDefinitionBuilder answer) {
        try (ApacheHttpTransport impatient = Wire.transport(Duration.ofMillis(1500))) {
            Kind kind = kindOfFailure(new ServiceCaller("Glance", HttpPipeline.of(impatient, List.of()), 4096), answer);
            assertThat(impatient.leasedConnections()).isZero();
            return kind;
        }
    }

    private Kind kindOfFailure(ServiceCaller caller, ResponseDefinitionBuilder answer) {
        wire.stubFor(any(anyUrl()).willReturn(answer));
        HttpRequest request = Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images"));
        try {
            caller.json(request, JsonNode.class);
        } catch (TransportException e) {
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.uri()).isEqualTo(request.uri());
            wire.verify(1, anyRequestedFor(anyUrl()));
            return e.kind();
        }
        throw new AssertionError("no TransportException");
    }

    @Test
    void wireMockConnectionResetGivesATypedFailureWithoutHanging() {
        // WireMock's reset fault does not reach the client as a RST on every JDK and platform (wiremock
        // issues 812 and 2033): here the connection just goes quiet, so the response timeout ends it.
        assertThat(kindOfTimeout(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))).isIn(Kind.IO, Kind.TIMEOUT);
    }

    @Test
    void connectionResetGivesIo() throws Exception {
        // a server that reads the request and answers with a TCP reset (SO_LINGER 0, then close)
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread resetter = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[4096];
                    String head = "";
                    while (!head.contains("\r\n\r\n")) {
                        int n = in.read(buffer);
                        if (n < 0) {
                            return;
                        }
                        head += new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    }
                    socket.setSoLinger(true, 0);
                } catch (IOException ignored) {
                    // the test's assertion reports what the client saw
                }
            });
            resetter.start();
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v2/images");

            assertThatThrownBy(() -> glance.json(Wire.request("GET", uri), JsonNode.class))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
                    .hasMessageContaining("SocketException");
            resetter.join(5_000);
        }
    }

    @Test
    void connectionClosedWithoutAnswerGivesIo() {
        assertThat(kindOfFailure(aResponse().withFault(Fault.EMPTY_RESPONSE))).isEqualTo(Kind.IO);
    }

    @Test
    void malformedChunkGivesIo() {
        assertThat(kindOfFailure(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK))).isEqualTo(Kind.IO);
    }

    @Test
    void garbageInsteadOfHttpGivesIo() {
        assertThat(kindOfFailure(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE))).isEqualTo(Kind.IO);
    }

    @Test
    void responseSlowerThanTheTimeoutGivesTimeout() {
        assertThat(kindOfTimeout(aResponse().withStatus(200).withFixedDelay(5_000))).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void bodyThatStallsPastTheTimeoutGivesTimeout() {
        // headers arrive at once, then the body trickles in slower than the 1.5 s response timeout
        assertThat(kindOfTimeout(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"images\": [], \"schema\": \"/v2/schemas/images\"}")
                .withChunkedDribbleDelay(3, 12_000))).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void malformedJsonGivesDecode() {
        assertThatThrownBy(() -> decode(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"images\": [")))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DECODE))
                .hasMessageContaining("Glance sent a body that is not the expected JSON (Map)");
    }

    @Test
    void emptyBodyWhereJsonWasExpectedGivesDecode() {
        assertThatThrownBy(() -> decode(aResponse().withStatus(200).withHeader("Content-Type", "application/json")))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DECODE));
    }

    @Test
    void jsonNullWhereAnObjectWasExpectedGivesDecode() {
        assertThatThrownBy(() -> decode(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("null")))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DECODE));
    }

    @Test
    void bodyLargerThanTheLimitGivesDecode() {
        assertThatThrownBy(() -> decode(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"x\": \"" + "a".repeat(10_000) + "\"}")))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DECODE))
                .hasMessageContaining("larger than the limit of 4096");
    }

    @Test
    void chunkedBodyLargerThanTheLimitGivesDecode() {
        // no Content-Length, so the limit is only noticed while reading
        assertThatThrownBy(() -> decode(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"x\": \"" + "a".repeat(10_000) + "\"}").withChunkedDribbleDelay(2, 20)))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DECODE));
    }

    @Test
    void sendDiscardsALargeBodyWithoutFailing() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(new byte[100_000])));

        assertThat(glance.send(Wire.request("DELETE", URI.create(wire.baseUrl() + "/v2/images/9faa")))).isEqualTo(200);
    }

    @Test
    void jsonIsDecodedIgnoringUnknownFields() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"member_id\": \"d34b\", \"status\": \"pending\", \"new_field\": 1}")));

        Member member = glance.json(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images/9faa/members/d34b")),
                Member.class);

        assertThat(member.member_id).isEqualTo("d34b");
        assertThat(member.status).isEqualTo("pending");
    }

    /** A stand-in for a model class. */
    static final class Member {
        public String member_id;
        public String status;
    }

    private Map<?, ?> decode(ResponseDefinitionBuilder answer) {
        wire.stubFor(any(anyUrl()).willReturn(answer));
        return glance.json(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images")), Map.class);
    }
}
