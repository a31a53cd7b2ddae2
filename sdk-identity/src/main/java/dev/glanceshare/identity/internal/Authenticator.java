package dev.glanceshare.identity.internal;

import dev.glanceshare.identity.Scope;
import dev.glanceshare.identity.TokenInfo;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Gets a new token for a session: {@code POST /v3/auth/tokens} with the credentials and scope, or for a
 * fixed token without a scope, {@code GET /v3/auth/tokens} to read the token's own scope and catalog.
 */
public final class Authenticator implements Supplier<TokenInfo> {
    private final IdentityApi api;
    private final Login login;
    private final Scope scope;
    private final String attempt;

    public Authenticator(IdentityApi api, Login login, Scope scope, URI authUrl) {
        this.api = api;
        this.login = login;
        this.scope = scope;
        this.attempt = login.method() + " auth " + login.who() + (scope == null ? "" : " with scope " + scope)
                + " at " + authUrl;
    }

    @Override
    public TokenInfo get() {
        if (login.isFixedToken() && scope == null) {
            return api.inspect(login.fixedToken());
        }
        return api.issue(login, scope, attempt);
    }
}
