package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.AuthenticationException;
import dev.glanceshare.core.exception.TransportException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Log levels come from simplelogger.properties: {@code dev.glanceshare.http} at TRACE, except the
 * {@code DebugOnly} service at DEBUG and {@code Quiet} at INFO.
 */
class LoggingInterceptorTest {
    @RegisterExtension
    static WireMockExtension wire = Wire.server();

    private static final String PASSWORD = "Hunter2-pw";
    private static final String REQUEST_TOKEN = "gAAAAArequestTokenValue";
    private static final String SUBJECT_TOKEN = "gAAAAAsubjectTokenValue";
    private static final String APP_SECRET = "app-cred-S3CRET";
    private static final String OLD_TOKEN_ID = "gAAAAAoldTokenId";
    private static final String COOKIE = "cookie-value-42";
    private static final List<String> SECRETS =
            List.of(PASSWORD, REQUEST_TOKEN, SUBJECT_TOKEN, APP_SECRET, OLD_TOKEN_ID, COOKIE);

    private static final String TOKEN_BODY = "{\"token\": {\"methods\": [\"password\"], \"user\": {\"id\": \"9cef\","
            + " \"name\": \"demo\"}, \"expires_at\": \"2026-11-22T23:50:42.000000Z\", \"project\": {\"id\": \"ec83\"},"
            + " \"catalog\": [{\"type\": \"identity\", \"endpoints\": [{\"interface\": \"public\", \"url\":"
            + " \"http://127.0.0.1:5000/v3\"}]}, {\"type\": \"image\", \"endpoints\": [{\"interface\": \"public\","
            + " \"url\": \"http://127.0.0.1:9292\"}]}]}}";

    private ApacheHttpTransport transport;

    @BeforeEach
    void open() {
        transport = Wire.transport();
    }

    @AfterEach
    void close() {
        assertThat(transport.leasedConnections()).isZero();
        transport.close();
    }

    private ServiceCaller caller(String service) {
        return new ServiceCaller(service, HttpPipeline.of(transport, List.of(new LoggingInterceptor(service))), 1 << 20);
    }

    private URI uri(String path) {
        return URI.create(wire.baseUrl() + path);
    }

    private static HttpRequest.Builder post(URI uri, String json) {
        return HttpRequest.builder("POST", uri)
                .body(RequestBody.of(json.getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    @Test
    void traceShowsHeadersAndBodiesWithEverySecretRedacted() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Subject-Token", SUBJECT_TOKEN)
                .withHeader("Set-Cookie", "s=" + COOKIE)
                .withHeader("x-openstack-request-id", "req-77")
                .withBody(TOKEN_BODY)));
        HttpRequest auth = post(uri("/v3/auth/tokens"), "{\"auth\": {\"identity\": {\"methods\": [\"password\"],"
                + " \"password\": {\"user\": {\"name\": \"demo\", \"domain\": {\"name\": \"Default\"},"
                + " \"password\": \"" + PASSWORD + "\"}}}}}")
                .header("X-Auth-Token", REQUEST_TOKEN).header("Cookie", "c=" + COOKIE).build();

        JsonNode token;
        String log;
        try (LogCapture capture = LogCapture.start()) {
            token = caller("Keystone").json(auth, JsonNode.class);
            log = capture.text();
        }

        assertThat(token.path("token").path("catalog")).as("the caller still reads the whole body").hasSize(2);
        assertThat(log)
                .contains("DEBUG dev.glanceshare.http.Keystone - POST " + uri("/v3/auth/tokens") + " -> 201 in ")
                .contains("(request req-77)")
                .contains("TRACE dev.glanceshare.http.Keystone - > POST " + uri("/v3/auth/tokens"))
                .contains("  X-Auth-Token: <redacted>", "  Cookie: <redacted>", "  X-Subject-Token: <redacted>",
                        "  Set-Cookie: <redacted>", "  Content-Type: application/json")
                .contains("\"password\":{\"user\":{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"},"
                        + "\"password\":\"<redacted>\"}}")
                .contains("\"catalog\":\"<elided 2 services>\"")
                .contains("\"expires_at\":\"2026-11-22T23:50:42.000000Z\"");
        assertThat(SECRETS).allSatisfy(secret -> assertThat(log).doesNotContain(secret));
    }

    @Test
    void refusedCredentialSecretsAppearNeitherInLogsNorInTheException() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-openstack-request-id", "req-401")
                .withBody("{\"error\": {\"code\": 401, \"message\": \"The request you have made requires"
                        + " authentication.\", \"title\": \"Unauthorized\"}}")));
        HttpRequest appCredential = post(uri("/v3/auth/tokens"), "{\"auth\": {\"identity\": {\"methods\":"
                + " [\"application_credential\"], \"application_credential\": {\"id\": \"ac-1\", \"secret\": \""
                + APP_SECRET + "\"}}}}").build();
        HttpRequest tokenMethod = post(uri("/v3/auth/tokens"), "{\"auth\": {\"identity\": {\"methods\": [\"token\"],"
                + " \"token\": {\"id\": \"" + OLD_TOKEN_ID + "\"}}}}").header("X-Auth-Token", REQUEST_TOKEN).build();

        StringBuilder messages = new StringBuilder();
        String log;
        try (LogCapture capture = LogCapture.start()) {
            for (HttpRequest request : List.of(appCredential, tokenMethod)) {
                assertThatThrownBy(() -> caller("Keystone").json(request, JsonNode.class))
                        .isInstanceOfSatisfying(AuthenticationException.class, e -> messages.append(e.getMessage()));
            }
            log = capture.text();
        }

        assertThat(messages.toString()).contains("Keystone POST /v3/auth/tokens returned 401 Unauthorized (request "
                + "req-401): The request you have made requires authentication.");
        assertThat(log).contains("\"secret\":\"<redacted>\"", "\"token\":{\"id\":\"<redacted>\"}",
                "The request you have made requires authentication.");
        assertThat(SECRETS).allSatisfy(secret -> {
            assertThat(log).doesNotContain(secret);
            assertThat(messages.toString()).doesNotContain(secret);
        });
    }

    @Test
    void debugLogsOneLinePerExchangeWithoutHeadersOrBodies() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Openstack-Request-Id", "req-abc")
                .withBody("{\"images\": []}")));
        HttpRequest list = HttpRequest.builder("GET", uri("/v2/images?limit=1")).header("X-Auth-Token", REQUEST_TOKEN).build();

        String log;
        try (LogCapture capture = LogCapture.start()) {
            caller("DebugOnly").json(list, JsonNode.class);
            log = capture.text();
        }

        assertThat(log.lines().filter(l -> l.contains("dev.glanceshare.http.DebugOnly")))
                .singleElement().asString()
                .matches("DEBUG dev\\.glanceshare\\.http\\.DebugOnly - GET http://localhost:\\d+/v2/images\\?limit=1"
                        + " -> 200 in \\d+ ms \\(request req-abc\\)");
        assertThat(log).doesNotContain("X-Auth-Token", "images\": []", REQUEST_TOKEN);
    }

    @Test
    void requestIdSentIsShownWhenTheServiceSendsNone() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

        String log;
        try (LogCapture capture = LogCapture.start()) {
            caller("DebugOnly").send(HttpRequest.builder("DELETE", uri("/v2/images/9faa"))
                    .header("X-Openstack-Request-ID", "req-mine").build());
            log = capture.text();
        }

        assertThat(log).contains("DELETE " + uri("/v2/images/9faa") + " -> 204 in ").contains("(request req-mine)");
    }

    @Test
    void failureWithoutResponseIsLoggedWithItsReason() {
        URI nowhere = Wire.closedPort().resolve("/v2/images");

        String log;
        try (LogCapture capture = LogCapture.start()) {
            assertThatThrownBy(() -> caller("DebugOnly").send(Wire.request("GET", nowhere)))
                    .isInstanceOf(TransportException.class);
            log = capture.text();
        }

        assertThat(log).containsPattern("DEBUG dev\\.glanceshare\\.http\\.DebugOnly - GET " + nowhere
                + " failed after \\d+ ms: GET " + nowhere + " failed \\(connect\\)");
    }

    @Test
    void largeBinaryDownloadIsNeitherBufferedNorLogged() throws Exception {
        byte[] image = new byte[200_000];
        image[199_999] = 7;
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withHeader("Content-Length", "200000")
                .withBody(image)));
        HttpPipeline pipeline = HttpPipeline.of(transport, List.of(new LoggingInterceptor("Glance")));

        String log;
        byte[] received;
        try (LogCapture capture = LogCapture.start();
                HttpResponse response = pipeline.send(Wire.request("GET", uri("/v2/images/9faa/file")))) {
            received = response.body().readAllBytes();
            log = capture.text();
        }

        assertThat(received).isEqualTo(image);
        assertThat(log).contains("<body of 200000 bytes, application/octet-stream, not logged>");
    }

    @Test
    void jsonBodyOverTheTraceLimitIsHandedOnWholeAndNotLogged() {
        String big = "x".repeat(LoggingInterceptor.MAX_TRACED_BODY + 5_000);
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"big\": \"" + big + "\"}")
                .withChunkedDribbleDelay(3, 30))); // chunked: the length is only known by reading

        String log;
        Map<?, ?> body;
        try (LogCapture capture = LogCapture.start()) {
            body = caller("Glance").json(Wire.request("GET", uri("/v2/images")), Map.class);
            log = capture.text();
        }

        assertThat(body.get("big")).isEqualTo(big);
        assertThat(log).contains("<body over 65536 bytes, not logged>").doesNotContain("xxxxxxxxxx");
    }

    @Test
    void textBodyIsLoggedOnlyUpToABoundAndScrubbed() {
        String page = "password=" + PASSWORD + " " + "y".repeat(10_000);
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody(page)));

        String log;
        try (LogCapture capture = LogCapture.start()) {
            caller("Glance").send(Wire.request("GET", uri("/healthcheck")));
            log = capture.text();
        }

        assertThat(log).contains("password=\"<redacted>\" yyyy").contains("... (" + page.length() + " bytes in all)")
                .doesNotContain("y".repeat(Redaction.MAX_TEXT_CHARS)).doesNotContain(PASSWORD);
    }

    @Test
    void requestBodiesThatAreNotTextAreDescribedNotDumped() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }

        String log;
        try (LogCapture capture = LogCapture.start()) {
            caller("Glance").send(HttpRequest.builder("PUT", uri("/v2/images/9faa/file"))
                    .body(RequestBody.of(binary, "application/octet-stream")).build());
            caller("Glance").send(HttpRequest.builder("PUT", uri("/v2/images/9fab/file"))
                    .body(RequestBody.of(new ByteArrayInputStream(binary), 256, "application/octet-stream")).build());
            log = capture.text();
        }

        assertThat(log).contains("<256 bytes binary>")
                .contains("<streamed application/octet-stream body of 256 bytes, not logged>");
    }

    @Test
    void loggerBelowDebugWritesNothing() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));

        String log;
        try (LogCapture capture = LogCapture.start()) {
            caller("Quiet").json(Wire.request("GET", uri("/v2/images")), Map.class);
            log = capture.text();
        }

        assertThat(log).doesNotContain("dev.glanceshare.http.Quiet");
    }

    @Test
    void loggerIsNamedForTheService() {
        assertThat(new LoggingInterceptor("Glance").loggerName()).isEqualTo("dev.glanceshare.http.Glance");
        assertThatThrownBy(() -> new LoggingInterceptor("two words")).isInstanceOf(IllegalArgumentException.class);
    }
}
