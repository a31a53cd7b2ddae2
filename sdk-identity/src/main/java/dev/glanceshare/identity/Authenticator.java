package dev.glanceshare.identity;

import java.net.URI;
import java.util.function.Supplier;

/**
 * Gets a new token for a session: {@code POST /v3/auth/tokens} with the credentials and scope, or for a
 * fixed token without a scope, {@code GET /v3/auth/tokens} to read the token's own scope and catalog.
 */
final class Authenticator implements Supplier<TokenInfo> {
    private final IdentityApi api;
    private final Credentials credentials;
    private final Scope scope;
    private final String attempt;

    Authenticator(IdentityApi api, Credentials credentials, Scope scope, URI authUrl) {
        this.api = api;
        this.credentials = credentials;
        this.scope = scope;
        this.attempt = credentials.method() + " auth" + describeUser(credentials)
                + (scope == null ? "" : " with scope " + scope) + " at " + authUrl;
    }

    @Override
    public TokenInfo get() {
        if (credentials instanceof TokenCredentials && scope == null) {
            return api.inspect(((TokenCredentials) credentials).secret());
        }
        return api.issue(credentials, scope, attempt);
    }

    /** @return who authenticates, for messages; never a secret */
    private static String describeUser(Credentials credentials) {
        if (credentials instanceof PasswordCredentials) {
            return " as " + ((PasswordCredentials) credentials).user();
        }
        if (credentials instanceof ApplicationCredentials) {
            ApplicationCredentials a = (ApplicationCredentials) credentials;
            return a.id().map(id -> " with credential ID '" + id + "'")
                    .orElseGet(() -> " with credential '" + a.name().orElseThrow() + "' of " + a.user());
        }
        return " with a fixed token";
    }
}
