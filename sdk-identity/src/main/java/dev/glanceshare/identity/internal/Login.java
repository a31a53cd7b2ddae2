package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What a session authenticates with, as the credentials hand it to this package: Keystone's method name,
 * who it is (for messages) and the secret, which only {@link AuthBodies} and the fixed-token inspection
 * read. Only the identity package's credential classes create one. Immutable; {@link #toString()} never
 * shows the secret.
 */
public final class Login {
    private final String method;
    private final UserRef user;
    private final String credentialId;
    private final String credentialName;
    private final String secret;

    private Login(String method, UserRef user, String credentialId, String credentialName, String secret) {
        this.method = method;
        this.user = user;
        this.credentialId = credentialId;
        this.credentialName = credentialName;
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** @return Keystone's {@code password} method for this user */
    public static Login password(UserRef user, String password) {
        return new Login("password", Objects.requireNonNull(user, "user"), null, null, password);
    }

    /** @return the {@code application_credential} method, by ID, or by name with the owning user */
    public static Login applicationCredential(String id, String name, UserRef user, String secret) {
        return new Login("application_credential", user, id, name, secret);
    }

    /** @return the {@code token} method with a token issued elsewhere */
    public static Login token(String token) {
        return new Login("token", null, null, null, token);
    }

    /** @return {@code password}, {@code application_credential} or {@code token} */
    public String method() {
        return method;
    }

    /** @return whether this is a token issued elsewhere, which cannot be renewed */
    public boolean isFixedToken() {
        return method.equals("token");
    }

    /** @return the fixed token itself, for {@code GET /v3/auth/tokens}; only for {@link #isFixedToken()} */
    String fixedToken() {
        if (!isFixedToken()) {
            throw new IllegalStateException("not a fixed token");
        }
        return secret;
    }

    /** Writes the method's block, secret included, into the {@code identity} object of an auth request. */
    void writeIdentity(ObjectNode identity) {
        identity.putArray("methods").add(method);
        switch (method) {
            case "password": {
                ObjectNode u = identity.putObject("password").putObject("user");
                user.writeTo(u);
                u.put("password", secret);
                break;
            }
            case "application_credential": {
                ObjectNode cred = identity.putObject("application_credential");
                if (credentialId != null) {
                    cred.put("id", credentialId);
                } else {
                    cred.put("name", credentialName);
                    user.writeTo(cred.putObject("user"));
                }
                cred.put("secret", secret);
                break;
            }
            default:
                identity.putObject("token").put("id", secret);
        }
    }

    /** @return who authenticates, for messages, such as {@code as user 'demo' in domain 'Default'}; never a secret */
    public String who() {
        switch (method) {
            case "password": return "as " + user;
            case "application_credential":
                return credentialId != null ? "with credential ID '" + credentialId + "'"
                        : "with credential '" + credentialName + "' of " + user;
            default: return "with a fixed token";
        }
    }

    /** @return the method and who; the secret is redacted */
    @Override
    public String toString() {
        return "Login[" + method + " " + who() + ", secret=<redacted>]";
    }
}
