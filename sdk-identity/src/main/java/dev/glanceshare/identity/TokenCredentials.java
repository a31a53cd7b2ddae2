package dev.glanceshare.identity;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.internal.Login;
import dev.glanceshare.identity.internal.Texts;

/**
 * A token issued elsewhere, such as by {@code openstack token issue} ({@code OS_TOKEN}). The session uses
 * it as it is (after reading its catalog with {@code GET /v3/auth/tokens}), or, when a scope is set,
 * exchanges it once for a token of that scope. It cannot be renewed: when it expires or is revoked, calls
 * fail with an {@link dev.glanceshare.core.exception.AuthenticationException}. Immutable;
 * {@link #toString()} never shows the token.
 */
public final class TokenCredentials implements Credentials {
    private final String token;

    private TokenCredentials(String token) {
        this.token = token;
    }

    static TokenCredentials of(String token) {
        String t = Texts.clean(token);
        if (t == null) {
            throw new ConfigurationException("token auth needs a token: pass the value of `openstack token issue` "
                    + "(OS_TOKEN) to Credentials.token(...)");
        }
        // Keystone's tokens are visible ASCII (Fernet and JWS are base64url). Anything else would reach Keystone
        // mangled, or not at all, and be refused as if the token had expired; the message never shows the token.
        if (t.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw new ConfigurationException("token auth needs the token as `openstack token issue` prints it: "
                    + "visible ASCII characters only, without spaces or line breaks (check OS_TOKEN)");
        }
        return new TokenCredentials(t);
    }

    @Override
    public String method() {
        return "token";
    }

    /** @return what the session authenticates with: the token itself */
    Login login() {
        return Login.token(token);
    }

    /** @return a fixed description; the token is redacted */
    @Override
    public String toString() {
        return "TokenCredentials[token=<redacted>]";
    }
}
