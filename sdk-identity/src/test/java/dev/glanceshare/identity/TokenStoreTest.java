package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.AuthToken;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The session consults its token store before authenticating and writes to it afterwards. */
class TokenStoreTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path tmp;

    private static int authRequests() {
        return wm.countRequestsMatching(postRequestedFor(urlPathEqualTo("/v3/auth/tokens")).build()).getCount();
    }

    @Test
    void aSecondSessionWithTheSameStoreSendsNoAuthRequest() {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        TokenStore store = TokenStore.inMemory();
        try (KeystoneSession first = Keystone.session(wm).tokenStore(store).build()) {
            assertThat(first.token().value()).isEqualTo(Keystone.TOKEN);
        }
        try (KeystoneSession second = Keystone.session(wm).tokenStore(store).build()) {
            assertThat(second.token().value()).isEqualTo(Keystone.TOKEN);
            assertThat(second.projectId()).contains(Keystone.PROJECT_ID);
            assertThat(second.roles()).containsExactly("member", "reader");
        }
        assertThat(authRequests()).isEqualTo(1);
    }

    @Test
    void byDefaultEachSessionKeepsItsOwnToken() {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        try (KeystoneSession first = Keystone.session(wm).build();
             KeystoneSession second = Keystone.session(wm).build()) {
            first.token();
            second.token();
        }
        assertThat(authRequests()).isEqualTo(2);
    }

    @Test
    void aStoredTokenDueForRefreshIsEvictedAndReplacedOnce() {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        FileTokenStore store = TokenStore.file(tmp.resolve("glanceshare"));
        Keystone.TestClock clock = new Keystone.TestClock(Keystone.ISSUED);
        try (KeystoneSession first = Keystone.session(wm).clock(clock).tokenStore(store).build()) {
            first.token();
        }
        clock.set(Keystone.EXPIRES.minus(Duration.ofMinutes(4))); // inside the 5-minute window
        try (KeystoneSession second = Keystone.session(wm).clock(clock).tokenStore(store).build()) {
            assertThat(second.token().value()).isEqualTo(Keystone.TOKEN_2);
            assertThat(second.token().value()).isEqualTo(Keystone.TOKEN_2);
        }
        assertThat(authRequests()).isEqualTo(2);
        TokenKey key = TokenKey.of(URI.create(wm.baseUrl() + "/v3"), Keystone.password(), Scope.projectName("demo", "Default"));
        assertThat(store.load(key).orElseThrow().token().token().value()).isEqualTo(Keystone.TOKEN_2);
    }

    @Test
    void aTokenRefusedWithA401IsReplacedEvenWhenTheStoreStillHoldsIt() {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        TokenStore store = TokenStore.inMemory();
        try (KeystoneSession first = Keystone.session(wm).tokenStore(store).build();
             KeystoneSession second = Keystone.session(wm).tokenStore(store).build()) {
            AuthToken stale = first.token();
            assertThat(second.token()).isEqualTo(stale);

            assertThat(first.reauthenticate(stale).value()).isEqualTo(Keystone.TOKEN_2);
            assertThat(second.reauthenticate(stale).value()).as("the other session takes the replacement from the store")
                    .isEqualTo(Keystone.TOKEN_2);
        }
        assertThat(authRequests()).isEqualTo(2);
    }

    @Test
    void anotherPasswordUserOrScopeIsAnotherKey() {
        URI url = URI.create("http://127.0.0.1:5000/v3");
        Scope demo = Scope.projectName("demo", "Default");
        TokenKey key = TokenKey.of(url, Keystone.password(), demo);

        assertThat(TokenKey.of(url, Keystone.password(), demo)).isEqualTo(key);
        assertThat(TokenKey.of(url, Credentials.password().userName("demo").userDomainName("Default")
                .password("changed").build(), demo)).isNotEqualTo(key);
        assertThat(TokenKey.of(url, Credentials.password().userName("alt").userDomainName("Default")
                .password(Keystone.PASSWORD).build(), demo)).isNotEqualTo(key);
        assertThat(TokenKey.of(url, Keystone.password(), Scope.projectName("alt", "Default"))).isNotEqualTo(key);
        assertThat(TokenKey.of(url, Keystone.password(), null)).isNotEqualTo(key);
        assertThat(TokenKey.of(URI.create("https://other:5000/v3"), Keystone.password(), demo)).isNotEqualTo(key);
    }

    @Test
    void theKeyNeverHoldsTheSecret() {
        TokenKey password = TokenKey.of(URI.create("http://k/v3"), Keystone.password(), Scope.projectId(Keystone.PROJECT_ID));
        TokenKey app = TokenKey.of(URI.create("http://k/v3"), Credentials.applicationCredential()
                .id("21dced0fd20347869b93710d2b98aae0").secret(Keystone.APP_SECRET).build(), null);

        for (TokenKey k : new TokenKey[] {password, app}) {
            String all = k + k.authUrl() + k.method() + k.user() + k.scope() + k.id();
            assertThat(all).doesNotContain(Keystone.PASSWORD).doesNotContain(Keystone.APP_SECRET);
            assertThat(k.id()).matches("[0-9a-f]{64}");
        }
        assertThat(app.user()).isEqualTo("credential id=21dced0fd20347869b93710d2b98aae0");
        assertThat(password.scope()).isEqualTo("project id=" + Keystone.PROJECT_ID);
        assertThatThrownBy(() -> TokenKey.of(URI.create("http://k/v3"), Credentials.token(Keystone.FIXED_TOKEN), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileStoreNeverReceivesThePassword() throws Exception {
        TokenRefreshTest.stubTwoTokens(wm, 0);
        FileTokenStore store = TokenStore.file(tmp.resolve("glanceshare"));
        try (KeystoneSession session = Keystone.session(wm).tokenStore(store).build()) {
            session.token();
            assertThat(session.toString()).contains("tokenStore=FileTokenStore[" + store.directory() + "]")
                    .doesNotContain(Keystone.TOKEN);
        }
        try (var files = Files.list(store.directory())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                assertThat(Files.readString(f)).doesNotContain(Keystone.PASSWORD);
            }
        }
    }
}
