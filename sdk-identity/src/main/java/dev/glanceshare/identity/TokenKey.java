package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.Sha256;
import dev.glanceshare.identity.internal.UserRef;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What identifies a cached auth in a {@link TokenStore}: Keystone's URL, the auth method, the user (or
 * application credential), the scope, and a one-way hash of the secret. The key never holds the secret
 * itself: {@link #id()} is SHA-256 over all the other parts and the secret, so the same password of
 * another user, cloud or scope gives another ID, and a changed password gives a new key (a miss, never
 * an old token). Immutable; equal when the IDs are.
 *
 * <p>The parts other than the ID describe the entry for messages and for stores that check what they
 * read back; they name the user and scope, never the secret.
 */
public final class TokenKey {
    private static final String VERSION = "glanceshare-token-key-v1";

    private final String authUrl;
    private final String method;
    private final String user;
    private final String scope;
    private final String id;

    private TokenKey(String authUrl, String method, String user, String scope, String id) {
        this.authUrl = authUrl;
        this.method = method;
        this.user = user;
        this.scope = scope;
        this.id = id;
    }

    /**
     * @param authUrl Keystone's URL as the session uses it (normalised: no trailing slash)
     * @param credentials password or application credential (a fixed token is never stored)
     * @param scope the requested scope, or {@code null} for Keystone's default project
     * @return the key
     * @throws IllegalArgumentException for fixed-token credentials
     */
    public static TokenKey of(URI authUrl, Credentials credentials, Scope scope) {
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(credentials, "credentials");
        String secret;
        String user;
        if (credentials instanceof PasswordCredentials) {
            PasswordCredentials p = (PasswordCredentials) credentials;
            user = canonical(p.user());
            secret = p.secret();
        } else if (credentials instanceof ApplicationCredentials) {
            ApplicationCredentials a = (ApplicationCredentials) credentials;
            user = a.id().map(i -> "credential id=" + i)
                    .orElseGet(() -> "credential name=" + a.name().orElseThrow() + " of " + canonical(a.user()));
            secret = a.secret();
        } else {
            throw new IllegalArgumentException("A fixed token is never stored: it is its own secret");
        }
        String url = authUrl.toString();
        String scopeText = scope == null ? "default" : canonical(scope);
        String id = sha256(String.join("\u0000", VERSION, url, credentials.method(), user, scopeText, secret));
        return new TokenKey(url, credentials.method(), user, scopeText, id);
    }

    /** @return Keystone's URL */
    public String authUrl() {
        return authUrl;
    }

    /** @return the auth method: {@code password} or {@code application_credential} */
    public String method() {
        return method;
    }

    /** @return the user or application credential, such as {@code user name=demo domain name=Default} */
    public String user() {
        return user;
    }

    /** @return the requested scope, such as {@code project name=demo domain name=Default}, or {@code default} */
    public String scope() {
        return scope;
    }

    /**
     * @return 64 hex digits: SHA-256 over the other parts and the secret, salted by those parts. Safe to
     *     use as a file name or map key; it cannot be turned back into the secret, though a weak password
     *     can be guessed by trying candidates against it (see the configuration docs)
     */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenKey && ((TokenKey) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** @return the parts and the first digits of the ID; never the secret */
    @Override
    public String toString() {
        return "TokenKey[" + method + " " + user + ", scope " + scope + " at " + authUrl + ", id "
                + id.substring(0, 12) + "...]";
    }

    private static String canonical(UserRef u) {
        if (u.id().isPresent()) {
            return "user id=" + u.id().get();
        }
        return "user name=" + u.name().orElseThrow() + u.domainId().map(d -> " domain id=" + d)
                .orElseGet(() -> " domain name=" + u.domainName().orElseThrow());
    }

    private static String canonical(Scope s) {
        String kind = s.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (s.kind() == Scope.Kind.UNSCOPED) {
            return kind;
        }
        if (s.id().isPresent()) {
            return kind + " id=" + s.id().get();
        }
        return kind + " name=" + s.name().orElseThrow() + s.projectDomainId().map(d -> " domain id=" + d)
                .orElseGet(() -> s.projectDomainName().map(d -> " domain name=" + d).orElse(""));
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
