package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.TransportException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ApacheHttpTransportTest {
    @RegisterExtension
    static WireMockExtension wire = Wire.server();

    private ApacheHttpTransport transport;

    @BeforeEach
    void open() {
        transport = Wire.transport();
    }

    @AfterEach
    void close() {
        transport.close();
    }

    private URI uri(String path) {
        return URI.create(wire.baseUrl() + path);
    }

    @Test
    void aUrlJoinedFromAnEndpointIsSentWithItsPrefixAndEncodedSegments() throws Exception {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
        RequestUrl url = RequestUrl.of(uri("/image/v2/"), "images", "a/b c", "members")
                .withQuery(java.util.List.of(java.util.Map.entry("q", "x&y")));

        try (HttpResponse response = transport.send(HttpRequest.builder("GET", url).build())) {
            assertThat(response.status()).isEqualTo(204);
        }
        wire.verify(1, getRequestedFor(urlEqualTo("/image/v2/images/a%2Fb%20c/members?q=x%26y"))
                .withHeader("Host", equalTo(URI.create(wire.baseUrl()).getAuthority())));
    }

    @Test
    void sendsMethodPathHeadersAndJsonBody() throws Exception {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-openstack-request-id", "req-1")
                .withBody("{\"status\":\"pending\"}")));
        HttpRequest request = HttpRequest.builder("post", uri("/v2/images/9faa/members"))
                .header("Accept", "application/json")
                .header("X-Auth-Token", "tok-1")
                .body(RequestBody.of("{\"member\":\"d34b\"}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .build();

        try (HttpResponse response = transport.send(request)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.mediaType()).contains("application/json");
            assertThat(response.headers().first("X-Openstack-Request-Id")).contains("req-1");
            assertThat(response.readBody(1024)).asString(StandardCharsets.UTF_8).isEqualTo("{\"status\":\"pending\"}");
        }
        wire.verify(1, postRequestedFor(urlEqualTo("/v2/images/9faa/members"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("X-Auth-Token", equalTo("tok-1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Content-Length", equalTo("17"))
                .withRequestBody(equalToJson("{\"member\":\"d34b\"}")));
    }

    @Test
    void patchCarriesTheJsonPatchMediaType() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String patch = "[{\"op\":\"replace\",\"path\":\"/visibility\",\"value\":\"shared\"}]";
        HttpRequest request = HttpRequest.builder("PATCH", uri("/v2/images/9faa"))
                .body(RequestBody.of(patch.getBytes(StandardCharsets.UTF_8),
                        "application/openstack-images-v2.1-json-patch"))
                .build();

        transport.send(request).close();

        wire.verify(1, patchRequestedFor(urlEqualTo("/v2/images/9faa"))
                .withHeader("Content-Type", equalTo("application/openstack-images-v2.1-json-patch"))
                .withRequestBody(equalToJson(patch)));
    }

    @Test
    void streamOfUnknownLengthIsSentChunked() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
        byte[] data = new byte[200_000];
        new Random(1).nextBytes(data);
        HttpRequest request = HttpRequest.builder("PUT", uri("/v2/images/9faa/file"))
                .body(RequestBody.of(new ByteArrayInputStream(data), -1, "application/octet-stream"))
                .build();

        transport.send(request).close();

        wire.verify(1, putRequestedFor(urlEqualTo("/v2/images/9faa/file"))
                .withHeader("Transfer-Encoding", equalTo("chunked"))
                .withHeader("Content-Length", absent())
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withRequestBody(binaryEqualTo(data)));
    }

    @Test
    void fileBodyIsSentWithItsLength(@TempDir Path dir) throws Exception {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
        byte[] data = new byte[70_000];
        new Random(2).nextBytes(data);
        Path file = Files.write(dir.resolve("cirros.img"), data);
        HttpRequest request = HttpRequest.builder("PUT", uri("/v2/images/9faa/file"))
                .body(RequestBody.of(file, "application/octet-stream"))
                .build();

        transport.send(request).close();

        wire.verify(1, putRequestedFor(urlEqualTo("/v2/images/9faa/file"))
                .withHeader("Content-Length", equalTo("70000"))
                .withHeader("Transfer-Encoding", absent())
                .withRequestBody(binaryEqualTo(data)));
    }

    @Test
    void callerSuppliedFramingHeadersAreLeftToTheTransport() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        HttpRequest request = HttpRequest.builder("POST", uri("/v2/images"))
                .header("Content-Length", "999")
                .body(RequestBody.of("{}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .build();

        transport.send(request).close();

        wire.verify(1, postRequestedFor(urlEqualTo("/v2/images")).withHeader("Content-Length", equalTo("2")));
    }

    @Test
    void redirectsAreReturnedNotFollowed() {
        wire.stubFor(get("/v2/images").willReturn(aResponse().withStatus(302).withHeader("Location", "/elsewhere")));

        try (HttpResponse response = transport.send(Wire.request("GET", uri("/v2/images")))) {
            assertThat(response.status()).isEqualTo(302);
        }
        wire.verify(0, getRequestedFor(urlEqualTo("/elsewhere")));
    }

    @Test
    void leasedConnectionsReturnToZeroOnceResponsesAreClosed() throws Exception {
        wire.stubFor(get("/small").willReturn(aResponse().withStatus(200).withBody("ok")));
        wire.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody(new byte[300_000])));

        HttpResponse read = transport.send(Wire.request("GET", uri("/small")));
        HttpResponse unread = transport.send(Wire.request("GET", uri("/big")));
        assertThat(transport.leasedConnections()).isEqualTo(2);

        read.readBody(100);
        read.close();
        unread.close();

        assertThat(transport.leasedConnections()).isZero();
    }

    @Test
    void fullyReadBodyKeepsItsConnectionForReuse() throws Exception {
        wire.stubFor(get("/small").willReturn(aResponse().withStatus(200).withBody("ok")));

        try (HttpResponse response = transport.send(Wire.request("GET", uri("/small")))) {
            response.readBody(100);
        }

        assertThat(transport.idleConnections()).isEqualTo(1);
    }

    @Test
    void closingAnUnreadBodyDropsTheConnectionInsteadOfReadingOn() throws Exception {
        wire.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody(new byte[300_000])));

        try (HttpResponse response = transport.send(Wire.request("GET", uri("/big")))) {
            assertThat(response.body().read(new byte[10])).isEqualTo(10);
        }

        assertThat(transport.idleConnections()).isZero();
        assertThat(transport.leasedConnections()).isZero();
    }

    @Test
    void closingAStalledStreamedResponseDoesNotWaitForTheRest() throws Exception {
        // 30 chunks, one a second: reading on to reuse the connection would take half a minute.
        wire.stubFor(get("/download").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream")
                .withBody(new byte[30_000]).withChunkedDribbleDelay(30, 30_000)));
        HttpResponse response = transport.send(Wire.request("GET", uri("/download")));
        InputStream body = response.body();
        assertThat(body.read()).isNotNegative();

        assertTimeoutPreemptively(Duration.ofSeconds(10), response::close, "closing read on through the stalled body");
        assertThat(transport.leasedConnections()).isZero();
    }

    @Test
    void proxyOptionSendsEveryRequestThroughTheProxy() {
        // WireMock plays the proxy: the request arrives in absolute form, naming the real target as Host.
        wire.stubFor(get("/v2/images").willReturn(aResponse().withStatus(200).withBody("via proxy")));
        TransportOptions options = TransportOptions.builder().proxy(URI.create(wire.baseUrl())).build();

        try (ApacheHttpTransport proxied = ApacheHttpTransport.create(options);
                HttpResponse response = proxied.send(Wire.request("GET", URI.create("http://glance.invalid:9292/v2/images")))) {
            assertThat(response.status()).isEqualTo(200);
        }
        wire.verify(1, getRequestedFor(urlEqualTo("/v2/images")).withHeader("Host", equalTo("glance.invalid:9292")));
        assertThat(options.proxy()).contains(URI.create(wire.baseUrl()));
    }

    @Test
    void responseSlowerThanTheTimeoutGivesATimeout() {
        wire.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        try (ApacheHttpTransport impatient = Wire.transport(Duration.ofMillis(300))) {
            assertThatThrownBy(() -> impatient.send(Wire.request("GET", uri("/slow"))))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
                        assertThat(e.method()).isEqualTo("GET");
                        assertThat(e.uri()).isEqualTo(uri("/slow"));
                    });
            assertThat(impatient.leasedConnections()).isZero();
        }
    }

    @Test
    void refusedConnectionGivesConnectKind() {
        URI nowhere = Wire.closedPort().resolve("/v2/images");

        assertThatThrownBy(() -> transport.send(Wire.request("POST", nowhere)))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECT))
                .hasMessageStartingWith("POST " + nowhere + " failed (connect): ");
    }

    @Test
    void timeoutsDefaultToSaneValues() {
        TransportOptions defaults = TransportOptions.defaults();

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.insecure()).isFalse();
    }
}
