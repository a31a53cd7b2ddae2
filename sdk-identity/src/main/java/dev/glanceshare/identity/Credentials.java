package dev.glanceshare.identity;

/**
 * How a {@link KeystoneSession} proves who it is: a password, an application credential, or a token
 * issued elsewhere. Every implementation is immutable and redacts its secret in {@code toString()}.
 *
 * <pre>{@code
 * Credentials password = Credentials.password()
 *     .userName("demo").userDomainName("Default").password(System.getenv("OS_PASSWORD")).build();
 * Credentials appCred = Credentials.applicationCredential().id("21dced0f...").secret(secret).build();
 * Credentials fixed = Credentials.token(System.getenv("OS_TOKEN"));
 * }</pre>
 */
public sealed interface Credentials permits PasswordCredentials, ApplicationCredentials, TokenCredentials {

    /** @return a builder for password credentials (Keystone's {@code password} method) */
    static PasswordCredentials.Builder password() {
        return PasswordCredentials.builder();
    }

    /** @return a builder for application credentials (Keystone's {@code application_credential} method) */
    static ApplicationCredentials.Builder applicationCredential() {
        return ApplicationCredentials.builder();
    }

    /**
     * A token issued elsewhere (such as {@code openstack token issue}). A session with it cannot
     * re-authenticate: once Keystone or a service refuses the token, calls fail with an
     * {@link dev.glanceshare.core.exception.AuthenticationException}.
     *
     * @param token the token value
     * @return the credentials
     * @throws dev.glanceshare.core.exception.ConfigurationException when the token is blank
     */
    static TokenCredentials token(String token) {
        return TokenCredentials.of(token);
    }

    /** @return Keystone's name of the authentication method: {@code password}, {@code application_credential} or {@code token} */
    String method();
}
