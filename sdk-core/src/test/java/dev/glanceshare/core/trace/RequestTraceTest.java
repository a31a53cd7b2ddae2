package dev.glanceshare.core.trace;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.RequestBody;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestTraceTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private static final String PASSWORD = "s3cret-Pa55";
    private static final String TOKEN = "gAAAAABtokenvalue";

    @Test
    void recordsKeystoneAndGlanceExchangesRedactedAndDrawsThem() throws Exception {
        wm.stubFor(post("/v3/auth/tokens").willReturn(aResponse().withStatus(201)
                .withHeader("X-Subject-Token", TOKEN).withHeader("Content-Type", "application/json")
                .withBody("{\"token\": {\"catalog\": [{\"type\": \"image\"}], \"expires_at\": \"2030-01-01T00:00:00Z\"}}")));
        wm.stubFor(get("/v2/images").willReturn(okJson("{\"images\": []}")));
        RequestTrace trace = RequestTrace.create();

        try (HttpTransport transport = trace.wrap(ApacheHttpTransport.create())) {
            List<TracedExchange> block = trace.record(() -> {
                send(transport, HttpRequest.builder("POST", uri("/v3/auth/tokens")).body(RequestBody.of(
                        ("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"demo\","
                                + " \"password\": \"" + PASSWORD + "\"}}}}}").getBytes(StandardCharsets.UTF_8),
                        "application/json")).build());
                send(transport, HttpRequest.builder("GET", uri("/v2/images")).header("X-Auth-Token", TOKEN).build());
            });

            assertThat(block).hasSize(2);
        }

        assertThat(trace.count()).isEqualTo(2);
        assertThat(trace.exchanges()).extracting(TracedExchange::participant).containsExactly("keystone", "glance");
        assertThat(trace.exchanges()).extracting(TracedExchange::status).containsExactly(201, 200);
        String everything = trace.toText() + trace.toMermaid() + trace.exchanges();
        assertThat(everything).doesNotContain(PASSWORD).doesNotContain(TOKEN).contains("demo");
        assertThat(trace.exchanges().get(1).responseBody()).isEqualTo("{\"images\":[]}");
        assertThat(trace.toMermaid()).startsWith("sequenceDiagram\n    participant client\n    participant keystone\n"
                + "    participant glance\n")
                .contains("    client->>keystone: 1. POST /v3/auth/tokens\n    keystone-->>client: 201 (")
                .contains("    client->>glance: 2. GET /v2/images\n    glance-->>client: 200 (");
    }

    @Test
    void theCallerStillReadsTheWholeBody() throws Exception {
        String big = "{\"images\": [\"" + "x".repeat(50_000) + "\"]}";
        wm.stubFor(get("/v2/images").willReturn(okJson(big)));
        RequestTrace trace = RequestTrace.create();

        try (HttpTransport transport = trace.wrap(ApacheHttpTransport.create());
                HttpResponse response = transport.send(HttpRequest.builder("GET", uri("/v2/images")).build())) {
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(big);
        }
        assertThat(trace.exchanges().get(0).responseBody()).hasSizeLessThanOrEqualTo(4096 + 3);
    }

    @Test
    void aTraceWithALargerLimitKeepsTheWholeBody() throws Exception {
        String big = "{\"images\": [\"" + "x".repeat(50_000) + "\"]}";
        wm.stubFor(get("/v2/images").willReturn(okJson(big)));
        RequestTrace trace = RequestTrace.create(100_000);

        try (HttpTransport transport = trace.wrap(ApacheHttpTransport.create());
                HttpResponse response = transport.send(HttpRequest.builder("GET", uri("/v2/images")).build())) {
            assertThat(response.body().readAllBytes()).hasSize(big.length());
        }
        assertThat(trace.exchanges().get(0).responseBody()).isEqualTo("{\"images\":[\"" + "x".repeat(50_000) + "\"]}");
        assertThatThrownBy(() -> RequestTrace.create(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedExchangeIsRecordedAndStillThrown() {
        wm.stubFor(get("/v2/images").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        RequestTrace trace = RequestTrace.create();

        try (HttpTransport transport = trace.wrap(ApacheHttpTransport.create())) {
            assertThatThrownBy(() -> transport.send(HttpRequest.builder("GET", uri("/v2/images")).build()))
                    .isInstanceOf(TransportException.class);
        }
        assertThat(trace.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.status()).isZero();
            assertThat(e.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("no response"));
        });
    }

    @Test
    void participantsCanBeNamedByUrlPrefix() {
        wm.stubFor(get("/image/v2/images").willReturn(okJson("{}")));
        RequestTrace trace = RequestTrace.create().participant(wm.baseUrl() + "/image", "glance-behind-proxy");

        try (HttpTransport transport = trace.wrap(ApacheHttpTransport.create())) {
            send(transport, HttpRequest.builder("GET", uri("/image/v2/images")).build());
        }
        assertThat(trace.exchanges().get(0).participant()).isEqualTo("glance-behind-proxy");
        trace.clear();
        assertThat(trace.count()).isZero();
    }

    private static URI uri(String path) {
        return URI.create(wm.baseUrl() + path);
    }

    private static void send(HttpTransport transport, HttpRequest request) {
        try (HttpResponse response = transport.send(request)) {
            response.body().readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
