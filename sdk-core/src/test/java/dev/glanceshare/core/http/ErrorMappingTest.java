package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.exception.AuthenticationException;
import dev.glanceshare.core.exception.BadRequestException;
import dev.glanceshare.core.exception.ConflictException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.exception.QuotaExceededException;
import dev.glanceshare.core.exception.RateLimitedException;
import dev.glanceshare.core.exception.ServerErrorException;
import dev.glanceshare.core.exception.UnsupportedMediaTypeException;
import dev.glanceshare.core.json.JsonCodec;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status a caller can act on, in every body shape Glance and Keystone really send (reference file
 * glance-zed-behaviour.md, sections 3.1, 3.2 and 3.6), maps to the right exception with the right
 * fields and message.
 */
class ErrorMappingTest {
    @RegisterExtension
    static WireMockExtension wire = Wire.server();

    private static ApacheHttpTransport transport;

    @BeforeAll
    static void open() {
        transport = Wire.transport();
    }

    @AfterAll
    static void close() {
        transport.close();
    }

    /** One row: what the service says for a status, and for which request. */
    private static final class Row {
        final int status;
        final String reason;
        final String method;
        final String path;
        final String message;
        final Class<? extends ApiException> type;

        Row(int status, String reason, String method, String path, String message, Class<? extends ApiException> type) {
            this.status = status;
            this.reason = reason;
            this.method = method;
            this.path = path;
            this.message = message;
            this.type = type;
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row(400, "Bad Request", "PUT", "/v2/images/9faa/members/d34b",
                    "Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".", BadRequestException.class),
            new Row(401, "Unauthorized", "GET", "/v2/images",
                    "This server could not verify that you are authorized to access the document you requested. Either"
                            + " you supplied the wrong credentials (e.g., bad password), or your browser does not"
                            + " understand how to supply the credentials required.", AuthenticationException.class),
            new Row(403, "Forbidden", "POST", "/v2/images/9faa/members",
                    "Not allowed to create members for image 9faa.", ForbiddenException.class),
            new Row(404, "Not Found", "GET", "/v2/images/00000000-0000-4000-8000-000000000000",
                    "No image found with ID 00000000-0000-4000-8000-000000000000", NotFoundException.class),
            new Row(409, "Conflict", "POST", "/v2/images/9faa/members",
                    "Member d34b is duplicated for image 9faa", ConflictException.class),
            new Row(413, "Request Entity Too Large", "POST", "/v2/images/9faa/members",
                    "Image member limit exceeded for image 9faa: The limit has been exceeded on the number of allowed"
                            + " image members for this image. Attempted: 129, Maximum: 128", QuotaExceededException.class),
            new Row(415, "Unsupported Media Type", "PATCH", "/v2/images/9faa",
                    "The request media type application/json is not supported by this server.",
                    UnsupportedMediaTypeException.class),
            new Row(429, "Too Many Requests", "GET", "/v2/images",
                    "The client has sent too many requests in a given amount of time.", RateLimitedException.class),
            new Row(500, "Internal Server Error", "DELETE", "/v2/images/9faa",
                    "The server has either erred or is incapable of performing the requested operation.",
                    ServerErrorException.class),
            new Row(502, "Bad Gateway", "GET", "/v2/images", "Bad gateway.", ServerErrorException.class),
            new Row(503, "Service Unavailable", "GET", "/v2/images",
                    "The server is currently unavailable. Please try again at a later time.", ServerErrorException.class),
            new Row(504, "Gateway Timeout", "GET", "/v2/images/9faa", "The gateway has timed out.",
                    ServerErrorException.class));

    /** The body shapes of section 3.1: which one Glance sends depends on the request's Accept. */
    enum Shape {
        GLANCE_JSON("Glance"), GLANCE_HTML("Glance"), GLANCE_TEXT("Glance"), KEYSTONE_JSON("Keystone"), EMPTY("Glance");

        final String service;

        Shape(String service) {
            this.service = service;
        }
    }

    static Stream<Arguments> table() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : ROWS) {
            for (Shape shape : Shape.values()) {
                for (String idHeader : List.of("x-openstack-request-id", "X-Openstack-Request-Id")) {
                    cases.add(Arguments.of(row.status, shape, idHeader));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("table")
    void errorStatusAndBodyMapToTypedException(int status, Shape shape, String idHeader) {
        Row row = ROWS.stream().filter(r -> r.status == status).findFirst().orElseThrow();
        String requestId = "req-" + status + "-" + shape.ordinal();
        wire.stubFor(any(anyUrl()).willReturn(body(shape, row).withStatus(status).withHeader(idHeader, requestId)));
        URI uri = URI.create(wire.baseUrl() + row.path);
        HttpRequest request = HttpRequest.builder(row.method, uri).header("X-Auth-Token", "secret-token").build();

        String expectedMessage = shape == Shape.EMPTY ? "" : row.message;
        assertThatThrownBy(() -> caller(shape.service).send(request))
                .isExactlyInstanceOf(row.type)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.method()).isEqualTo(row.method);
                    assertThat(e.uri()).isEqualTo(uri);
                    assertThat(e.service()).isEqualTo(shape.service);
                    assertThat(e.requestId()).contains(requestId);
                    assertThat(e.serverMessage()).isEqualTo(expectedMessage);
                })
                .hasMessage(shape.service + " " + row.method + " " + row.path + " returned " + status + " " + row.reason
                        + " (request " + requestId + ")" + (expectedMessage.isEmpty() ? "" : ": " + expectedMessage))
                .message().doesNotContain("secret-token");
    }

    @Test
    void conflictMessageReadsAsDocumented() {
        wire.stubFor(any(anyUrl()).willReturn(body(Shape.GLANCE_JSON, ROWS.get(4)).withStatus(409)
                .withHeader("X-Openstack-Request-Id", "req-1")));

        assertThatThrownBy(() -> caller("Glance").send(HttpRequest.builder("POST",
                URI.create(wire.baseUrl() + "/v2/images/9faa/members")).build()))
                .isExactlyInstanceOf(ConflictException.class)
                .hasMessage("Glance POST /v2/images/9faa/members returned 409 Conflict (request req-1): "
                        + "Member d34b is duplicated for image 9faa");
    }

    @Test
    void glanceUnauthorizedWithoutRequestIdLeavesItOut() {
        // keystonemiddleware's 401 carries no request id (section 3.4)
        wire.stubFor(any(anyUrl()).willReturn(body(Shape.GLANCE_JSON, ROWS.get(1)).withStatus(401)
                .withHeader("Www-Authenticate", "Keystone uri=\"http://127.0.0.1:5000\"")));

        assertThatThrownBy(() -> caller("Glance").send(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images"))))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.requestId()).isEmpty())
                .hasMessageStartingWith("Glance GET /v2/images returned 401 Unauthorized: This server could not");
    }

    @Test
    void rateLimitCarriesTheRetryAfterDelay() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        assertThatThrownBy(() -> caller("Glance").send(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images"))))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    }

    @Test
    void statusWithoutItsOwnClassGivesPlainApiException() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(405)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"The method is not allowed for this resource.<br /><br />\\n\\n\\n\","
                        + " \"code\": \"405 Method Not Allowed\", \"title\": \"Method Not Allowed\"}")));

        assertThatThrownBy(() -> caller("Glance").send(Wire.request("DELETE", URI.create(wire.baseUrl() + "/v2/images"))))
                .isExactlyInstanceOf(ApiException.class)
                .hasMessage("Glance DELETE /v2/images returned 405 Method Not Allowed: "
                        + "The method is not allowed for this resource.");
    }

    @Test
    void keystoneSchemaErrorQuotingThePasswordIsScrubbed() {
        // Keystone's jsonschema errors can quote the request; the message must not carry the password on.
        String quoted = "Invalid input for field 'identity': {'methods': ['password'], 'password': {'user': "
                + "{'name': 'demo', 'password': 'hunter2'}}} is not valid";
        ObjectNode error = JsonCodec.standard().objectNode();
        error.putObject("error").put("code", 400).put("message", quoted).put("title", "Bad Request");
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(JsonCodec.standard().write(error))));

        assertThatThrownBy(() -> caller("Keystone").send(Wire.request("POST",
                URI.create(wire.baseUrl() + "/v3/auth/tokens"))))
                .isExactlyInstanceOf(BadRequestException.class)
                .hasMessageContaining("'password': '<redacted>'")
                .message().doesNotContain("hunter2");
    }

    private static ServiceCaller caller(String service) {
        return new ServiceCaller(service, HttpPipeline.of(transport, List.of()), 1 << 20);
    }

    private static ResponseDefinitionBuilder body(Shape shape, Row row) {
        String statusLine = row.status + " " + row.reason;
        switch (shape) {
            case GLANCE_JSON: {
                String tail = row.status == 415 ? "\n<br /><br />\n" : "<br /><br />\n\n\n";
                ObjectNode json = JsonCodec.standard().objectNode()
                        .put("message", row.message + (row.status == 413 ? ":" : "") + tail)
                        .put("code", statusLine)
                        .put("title", row.reason);
                return aResponse().withHeader("Content-Type", "application/json").withBody(JsonCodec.standard().write(json));
            }
            case GLANCE_HTML:
                return aResponse().withHeader("Content-Type", "text/html; charset=UTF-8").withBody(
                        "<html>\n <head>\n  <title>" + statusLine + "</title>\n </head>\n <body>\n  <h1>" + statusLine
                                + "</h1>\n  " + htmlEscape(row.message) + (row.status == 413 ? ":" : "")
                                + "<br /><br />\n\n\n\n </body>\n</html>");
            case GLANCE_TEXT:
                return aResponse().withHeader("Content-Type", "text/plain; charset=UTF-8")
                        .withBody(statusLine + "\n\n" + row.message + (row.status == 413 ? ":" : "") + "\n\n   ");
            case KEYSTONE_JSON: {
                ObjectNode json = JsonCodec.standard().objectNode();
                json.putObject("error").put("code", row.status).put("message", row.message).put("title", row.reason);
                return aResponse().withHeader("Content-Type", "application/json").withBody(JsonCodec.standard().write(json));
            }
            default:
                return aResponse().withBody(new byte[0]);
        }
    }

    /** Python's html.escape(quote=True), as webob applies it. */
    private static String htmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#x27;");
    }
}
