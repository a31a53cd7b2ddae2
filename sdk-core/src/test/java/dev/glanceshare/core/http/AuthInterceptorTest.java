package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.exception.AuthenticationException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthInterceptorTest {
    @RegisterExtension
    static WireMockExtension wire = Wire.server();

    private static final String UNAUTHORIZED = "{\"message\": \"This server could not verify that you are authorized"
            + " to access the document you requested.<br /><br />\\n\\n\\n\", \"code\": \"401 Unauthorized\","
            + " \"title\": \"Unauthorized\"}";

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

    private ServiceCaller glance(FakeSession session) {
        return new ServiceCaller("Glance", HttpPipeline.of(transport, List.of(new AuthInterceptor(session))), 4096);
    }

    private URI images() {
        return URI.create(wire.baseUrl() + "/v2/images");
    }

    private static ResponseDefinitionBuilder unauthorized() {
        return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withHeader("Www-Authenticate", "Keystone uri=\"http://127.0.0.1:5000\"").withBody(UNAUTHORIZED);
    }

    private void acceptOnly(String token) {
        wire.stubFor(any(anyUrl()).atPriority(2).willReturn(unauthorized()));
        wire.stubFor(any(anyUrl()).atPriority(1).withHeader("X-Auth-Token", equalTo(token))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"images\": []}")));
    }

    @Test
    void sendsTheSessionTokenAsXAuthToken() {
        FakeSession session = new FakeSession("tok-1");
        acceptOnly("tok-1");

        glance(session).send(HttpRequest.builder("GET", images()).build());

        wire.verify(1, getRequestedFor(urlEqualTo("/v2/images")).withHeader("X-Auth-Token", equalTo("tok-1")));
        assertThat(session.reauthentications()).isZero();
    }

    @Test
    void unauthorizedCausesOneReauthenticationAndOneResendWithTheNewToken() {
        FakeSession session = new FakeSession("stale", "fresh");
        acceptOnly("fresh");

        assertThat(glance(session).send(HttpRequest.builder("GET", images()).build())).isEqualTo(200);

        assertThat(session.staleTokens()).containsExactly(AuthToken.of("stale", null));
        assertThat(session.reauthentications()).isEqualTo(1);
        wire.verify(2, anyRequestedFor(anyUrl()));
        wire.verify(1, getRequestedFor(urlEqualTo("/v2/images")).withHeader("X-Auth-Token", equalTo("stale")));
        wire.verify(1, getRequestedFor(urlEqualTo("/v2/images")).withHeader("X-Auth-Token", equalTo("fresh")));
    }

    @Test
    void secondUnauthorizedIsThrownAsAuthenticationExceptionWithoutTheToken() {
        FakeSession session = new FakeSession("stale", "also-refused");
        acceptOnly("never");

        assertThatThrownBy(() -> glance(session).send(HttpRequest.builder("GET", images()).build()))
                .isExactlyInstanceOf(AuthenticationException.class)
                .hasMessageStartingWith("Glance GET /v2/images returned 401 Unauthorized: This server could not verify")
                .message().doesNotContain("stale").doesNotContain("also-refused");
        assertThat(session.reauthentications()).isEqualTo(1);
        wire.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBorrowedReplacementThatIsRefusedTooIsReplacedOnceMore() {
        // Another thread replaces "t1" while this call is in flight; its "t2" is revoked before this call uses it.
        FakeSession session = new FakeSession("t1", "t2", "t3");
        ScriptedTransport wire = new ScriptedTransport();
        HttpTransport racing = new HttpTransport() {
            @Override
            public HttpResponse send(HttpRequest request) {
                if (request.headers().first(AuthInterceptor.HEADER).orElse("").equals("t1")) {
                    session.reauthenticate(AuthToken.of("t1", null));
                }
                return wire.send(request);
            }

            @Override
            public void close() {}
        };
        wire.answer(401).answer(401).answer(200);
        HttpPipeline pipeline = HttpPipeline.of(racing, List.of(new AuthInterceptor(session)));

        try (HttpResponse response = pipeline.send(HttpRequest.builder("GET", images()).build())) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(wire.closed()).as("the refused responses are closed").containsExactly(true, true, false);
        }

        assertThat(wire.sent()).extracting(r -> r.headers().first(AuthInterceptor.HEADER).orElseThrow())
                .containsExactly("t1", "t2", "t3");
        assertThat(session.reauthentications()).isEqualTo(2);
    }

    @Test
    void itsOwnReplacementRefusedEndsTheCallAfterOneReauthentication() {
        FakeSession session = new FakeSession("t1", "t2", "t3");
        ScriptedTransport wire = new ScriptedTransport().answer(401).answer(401);
        HttpPipeline pipeline = HttpPipeline.of(wire, List.of(new AuthInterceptor(session)));

        try (HttpResponse response = pipeline.send(HttpRequest.builder("GET", images()).build())) {
            assertThat(response.status()).isEqualTo(401);
        }

        assertThat(wire.sent()).hasSize(2);
        assertThat(session.reauthentications()).isEqualTo(1);
    }

    @Test
    void oneShotUploadIsNotResentAfterUnauthorized() {
        FakeSession session = new FakeSession("stale", "fresh");
        acceptOnly("fresh");
        HttpRequest upload = HttpRequest.builder("PUT", URI.create(wire.baseUrl() + "/v2/images/9faa/file"))
                .body(RequestBody.of(new ByteArrayInputStream(new byte[10]), 10, "application/octet-stream"))
                .build();

        assertThatThrownBy(() -> glance(session).send(upload)).isInstanceOf(AuthenticationException.class);
        assertThat(session.reauthentications()).isZero();
        wire.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void threadsSharingAStaleTokenEachHandItToTheSession() throws Exception {
        // The single-flight lives in the session; the interceptor's part is to name the token that was refused.
        FakeSession session = new FakeSession("stale", "fresh");
        acceptOnly("fresh");
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return glance(session).send(HttpRequest.builder("GET", images()).build());
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(session.staleTokens()).isNotEmpty().allMatch(t -> t.value().equals("stale"));
        assertThat(session.reauthentications()).isEqualTo(1);
    }
}
