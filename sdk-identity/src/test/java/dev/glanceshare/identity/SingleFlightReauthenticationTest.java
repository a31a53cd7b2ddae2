package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.http.AuthInterceptor;
import dev.glanceshare.core.http.HttpPipeline;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SingleFlightReauthenticationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void thirtyTwoThreadsHoldingTheSameStaleTokenCauseExactlyOnePost() throws Exception {
        TokenRefreshTest.stubTwoTokens(wm, 300);
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (KeystoneSession session = Keystone.session(wm).build()) {
            AuthToken stale = session.token();
            wm.resetRequests();
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AuthToken>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return session.reauthenticate(stale);
                }));
            }
            ready.await();
            start.countDown();
            for (Future<AuthToken> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS).value()).isEqualTo(Keystone.TOKEN_2);
            }
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN_2);
        } finally {
            pool.shutdownNow();
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aTokenThatWasAlreadyReplacedIsAnsweredWithTheReplacementAndNoRequest() {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        try (KeystoneSession session = Keystone.session(wm).build()) {
            AuthToken stale = session.token();
            AuthToken fresh = session.reauthenticate(stale);
            wm.resetRequests();
            assertThat(session.reauthenticate(stale)).isEqualTo(fresh);
            assertThat(session.reauthenticate(AuthToken.of("some-other-old-token", null))).isEqualTo(fresh);
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aServiceAnswering401IsRetriedOnceWithTheNewToken() {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        wm.stubFor(get(urlEqualTo("/image/v2/images")).withHeader("X-Auth-Token", equalTo(Keystone.TOKEN))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"This server could not verify that you are authorized to access the "
                                + "document you requested.<br /><br />\\n\\n\\n\", \"code\": \"401 Unauthorized\", "
                                + "\"title\": \"Unauthorized\"}")));
        wm.stubFor(get(urlEqualTo("/image/v2/images")).withHeader("X-Auth-Token", equalTo(Keystone.TOKEN_2))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"images\": []}")));
        try (KeystoneSession session = Keystone.session(wm).build()) {
            HttpPipeline glance = HttpPipeline.of(session.transport(), List.of(new AuthInterceptor(session)));
            HttpRequest request = HttpRequest.builder("GET", URI.create(wm.baseUrl() + "/image/v2/images")).build();
            try (HttpResponse response = glance.send(request)) {
                assertThat(response.status()).isEqualTo(200);
            }
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
        wm.verify(1, getRequestedFor(urlEqualTo("/image/v2/images")).withHeader("X-Auth-Token", equalTo(Keystone.TOKEN)));
        wm.verify(1, getRequestedFor(urlEqualTo("/image/v2/images")).withHeader("X-Auth-Token", equalTo(Keystone.TOKEN_2)));
    }
}
