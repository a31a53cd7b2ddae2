package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.glanceshare.core.exception.ServerErrorException;
import dev.glanceshare.identity.internal.TokenCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keystone down or failing while a session needs a token (issue 18, found against the real services):
 * a still-valid token keeps working, and threads waiting for a failing token request share its failure
 * instead of each sending their own.
 */
class KeystoneOutageTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The first token request succeeds; every later one is answered 503 after the delay. */
    private static void issueOnceThenFail(int delayMillis) {
        String body = Keystone.projectTokenBody(wm.baseUrl(), "http://glance");
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("down")
                .willReturn(Keystone.issued(Keystone.TOKEN, body)));
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).inScenario("outage").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503).withFixedDelay(delayMillis)));
    }

    private static int tokenRequests() {
        return wm.findAll(postRequestedFor(urlPathEqualTo("/v3/auth/tokens"))).size();
    }

    @Test
    void aRefreshThatFailsBeforeExpiryKeepsTheValidTokenAndIsTriedAgainOnlyAfterTheRetryInterval() {
        issueOnceThenFail(0);
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        try (KeystoneSession session = Keystone.session(wm).clock(clock).build()) {
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            clock.set(Keystone.EXPIRES.minus(Duration.ofMinutes(4)));
            assertThat(session.token().value()).as("refresh failed, token still valid").isEqualTo(Keystone.TOKEN);
            assertThat(tokenRequests()).isEqualTo(2);
            for (int i = 0; i < 10; i++) {
                assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            }
            assertThat(tokenRequests()).as("no new attempt within the retry interval").isEqualTo(2);

            clock.set(clock.instant().plus(TokenCache.REFRESH_RETRY));
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            assertThat(tokenRequests()).as("tried again after the interval").isEqualTo(3);

            clock.set(Keystone.EXPIRES);
            assertThatThrownBy(session::token).as("expired: now the failure is the caller's")
                    .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.service()).isEqualTo("Keystone");
                    });
        }
    }

    @Test
    void threadsWaitingForATokenRequestThatFailsGetItsFailureInsteadOfEachSendingTheirOwn() throws Exception {
        issueOnceThenFail(4000); // long enough for all 16 threads to queue, even on a busy machine
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (KeystoneSession session = Keystone.session(wm).clock(clock).build()) {
            session.token();
            clock.set(Keystone.EXPIRES); // expired: every caller needs the new token
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Throwable>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    try {
                        session.token();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            for (Future<Throwable> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isInstanceOf(ServerErrorException.class);
            }
            assertThat(tokenRequests()).as("one failed request shared by %d waiting threads", threads).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
