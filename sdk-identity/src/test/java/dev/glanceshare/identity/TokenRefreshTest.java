package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.glanceshare.core.AuthToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenRefreshTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** First POST gives TOKEN, later ones TOKEN_2 (after a delay, so that concurrent callers overlap). */
    static void stubTwoTokens(WireMockExtension wm, int delayMillis) {
        String body = Keystone.projectTokenBody(wm.baseUrl(), "http://glance");
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("issued")
                .willReturn(Keystone.issued(Keystone.TOKEN, body)));
        wm.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).inScenario("tokens")
                .whenScenarioStateIs("issued")
                .willReturn(Keystone.issued(Keystone.TOKEN_2, body).withFixedDelay(delayMillis)));
    }

    @Test
    void theTokenIsReusedUntilItIsWithinTheRefreshWindowOfExpiry() {
        stubTwoTokens(wm, 0);
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        try (KeystoneSession session = Keystone.session(wm).clock(clock).refreshWindow(Duration.ofMinutes(5)).build()) {
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            clock.set(Keystone.EXPIRES.minus(Duration.ofMinutes(5)).minusSeconds(1));
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));

            clock.set(Keystone.EXPIRES.minus(Duration.ofMinutes(5)));
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN_2);
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void theDefaultRefreshWindowIsFiveMinutes() {
        stubTwoTokens(wm, 0);
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        try (KeystoneSession session = Keystone.session(wm).clock(clock).build()) {
            session.token();
            clock.set(Keystone.EXPIRES.minus(KeystoneSession.DEFAULT_REFRESH_WINDOW).minusMillis(1));
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            clock.set(Keystone.EXPIRES.minus(KeystoneSession.DEFAULT_REFRESH_WINDOW).plusMillis(1));
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN_2);
        }
    }

    @Test
    void aWindowLongerThanTheTokensLifeIsCappedAtHalfOfIt() {
        stubTwoTokens(wm, 0);
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        try (KeystoneSession session = Keystone.session(wm).clock(clock).refreshWindow(Duration.ofHours(2)).build()) {
            session.token();
            assertThat(session.token().value()).as("no refresh right after issue").isEqualTo(Keystone.TOKEN);
            clock.set(Keystone.ISSUED.plus(Duration.ofMinutes(30)));
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN_2);
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void manyThreadsNeedingAnExpiredTokenRefreshedCauseOnePost() throws Exception {
        stubTwoTokens(wm, 300);
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (KeystoneSession session = Keystone.session(wm).clock(clock).build()) {
            session.token();
            clock.set(Keystone.EXPIRES.plusSeconds(1));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AuthToken>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return session.token();
                }));
            }
            start.countDown();
            for (Future<AuthToken> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS).value()).isEqualTo(Keystone.TOKEN_2);
            }
        } finally {
            pool.shutdownNow();
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void whileOneThreadRefreshesOthersKeepUsingTheStillValidToken() throws Exception {
        stubTwoTokens(wm, 1000);
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (KeystoneSession session = Keystone.session(wm).clock(clock).build()) {
            session.token();
            clock.set(Keystone.EXPIRES.minusSeconds(60)); // due for refresh, not expired
            Future<AuthToken> refreshing = pool.submit(session::token);
            while (wm.getAllServeEvents().size() < 2) {
                Thread.sleep(10); // the refresh request has reached Keystone
            }
            // Had token() waited for the refresh in flight, it would return the new token; getting the old,
            // still-valid one proves it did not block (no timing bound needed on this shared machine).
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            assertThat(refreshing.get(10, TimeUnit.SECONDS).value()).isEqualTo(Keystone.TOKEN_2);
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN_2);
        } finally {
            pool.shutdownNow();
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void aClientClockAheadOfKeystoneNeitherDiscardsNorEndlesslyRefreshesTheToken() {
        stubTwoTokens(wm, 0);
        // the client's clock is two hours ahead: by it, Keystone's expires_at has long passed
        Instant skewed = Keystone.ISSUED.plus(Duration.ofHours(2));
        Keystone.TestClock clock = new Keystone.TestClock(skewed);
        try (KeystoneSession session = Keystone.session(wm).clock(clock).build()) {
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            clock.set(skewed.plus(Duration.ofMinutes(54)));
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN);
            wm.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
            clock.set(skewed.plus(Duration.ofMinutes(56))); // within 5 minutes of the token's one-hour life
            assertThat(session.token().value()).isEqualTo(Keystone.TOKEN_2);
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }
}
