package dev.glanceshare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Bad settings fail in build(), before any request, with a message that names the fix. */
class BuilderValidationTest {
    private static final String URL = "http://127.0.0.1:5000/v3";

    private static void failsWith(ThrowingCallable build, String fix) {
        assertThatThrownBy(build).isInstanceOf(ConfigurationException.class).hasMessageContaining(fix)
                .hasMessageNotContaining(Keystone.PASSWORD).hasMessageNotContaining(Keystone.APP_SECRET);
    }

    @Test
    void passwordAuthWithoutAUserNamesTheSettersToUse() {
        failsWith(() -> Credentials.password().password(Keystone.PASSWORD).build(),
                "password auth needs a user: set userName(...) with userDomainName(...), or userId(...)");
    }

    @Test
    void aUserNameWithoutADomainAsksForTheDomain() {
        failsWith(() -> Credentials.password().userName("demo").password(Keystone.PASSWORD).build(),
                "user 'demo' is given by name, so it needs its domain: set userDomainName(...) or userDomainId(...)");
    }

    @Test
    void aTokenThatCannotTravelInAHeaderIsRefusedWithoutShowingIt() {
        for (String token : new String[] {"gAAAA 123", "gAAAA\n123", "画像-token", "tok\u202eabc", "to\u0000k"}) {
            assertThatThrownBy(() -> Credentials.token(token)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("visible ASCII characters only").hasMessageNotContaining(token);
        }
        assertThat(Credentials.token("  gAAAAABn-x_Y.z~1  \n").toString()).isEqualTo("TokenCredentials[token=<redacted>]");
    }

    @Test
    void aMissingPasswordIsNamed() {
        failsWith(() -> Credentials.password().userId("u1").password("").build(), "needs a password: set password(...)");
    }

    @Test
    void aUserGivenTwiceIsRefused() {
        failsWith(() -> Credentials.password().userId("u1").userName("demo").password(Keystone.PASSWORD).build(),
                "set userId(...) or userName(...), not both");
        failsWith(() -> Credentials.password().userName("demo").userDomainId("default").userDomainName("Default")
                .password(Keystone.PASSWORD).build(), "set userDomainName(...) or userDomainId(...), not both");
        failsWith(() -> Credentials.password().userId("u1").userDomainName("Default").password(Keystone.PASSWORD).build(),
                "needs no domain");
    }

    @Test
    void applicationCredentialMistakesNameTheFix() {
        failsWith(() -> Credentials.applicationCredential().secret(Keystone.APP_SECRET).build(),
                "set id(...), or name(...) with its user");
        failsWith(() -> Credentials.applicationCredential().name("ci").secret(Keystone.APP_SECRET).build(),
                "credential 'ci' is given by name, so it needs its user: set userId(...), or userName(...) with "
                        + "userDomainName(...)");
        failsWith(() -> Credentials.applicationCredential().id("c1").build(), "needs the credential's secret: set secret(...)");
        failsWith(() -> Credentials.applicationCredential().id("c1").userId("u1").secret(Keystone.APP_SECRET).build(),
                "needs no user");
        failsWith(() -> Credentials.applicationCredential().id("c1").name("ci").secret(Keystone.APP_SECRET).build(),
                "not both");
    }

    @Test
    void aBlankTokenIsRefused() {
        failsWith(() -> Credentials.token(" "), "token auth needs a token");
    }

    @Test
    void aSessionWithoutAuthUrlOrCredentialsNamesWhatToSet() {
        failsWith(() -> KeystoneSession.builder().credentials(Keystone.password()).build(),
                "set authUrl(...), such as https://keystone.example.com:5000/v3 (OS_AUTH_URL)");
        failsWith(() -> KeystoneSession.builder().authUrl(URL).build(),
                "set credentials(...) to Credentials.password()..., Credentials.applicationCredential()... or "
                        + "Credentials.token(...)");
    }

    @Test
    void anAuthUrlThatIsNotHttpIsRefused() {
        failsWith(() -> KeystoneSession.builder().authUrl("keystone:5000").credentials(Keystone.password()).build(),
                "must be an absolute http(s) URL with a host");
        failsWith(() -> KeystoneSession.builder().authUrl("http://k:5000/v3?x=1").credentials(Keystone.password()).build(),
                "must not have a query");
        failsWith(() -> KeystoneSession.builder().authUrl("http://k :5000").credentials(Keystone.password()).build(),
                "is not a URL");
    }

    @Test
    void transportOptionsWithAGivenTransportAreRefused() {
        try (ApacheHttpTransport transport = ApacheHttpTransport.create()) {
            failsWith(() -> KeystoneSession.builder().authUrl(URL).credentials(Keystone.password()).transport(transport)
                    .transportOptions(TransportOptions.defaults()).build(), "only apply to a transport the session creates");
        }
    }

    @Test
    void aNegativeRefreshWindowIsRefused() {
        failsWith(() -> KeystoneSession.builder().authUrl(URL).credentials(Keystone.password())
                .refreshWindow(Duration.ofSeconds(-1)).build(), "refreshWindow must be zero or positive");
    }

    @Test
    void scopeFactoriesRefuseBlankParts() {
        assertThatThrownBy(() -> Scope.projectName("demo", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("domainName");
        assertThatThrownBy(() -> Scope.projectId(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
