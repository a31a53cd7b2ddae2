package dev.glanceshare.identity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;

/**
 * Writes the body of {@code POST /v3/auth/tokens}, in exactly the shapes Keystone documents:
 *
 * <pre>{@code
 * {"auth": {"identity": {"methods": ["password"],
 *                        "password": {"user": {"name": "demo", "domain": {"name": "Default"}, "password": "..."}}},
 *           "scope": {"project": {"name": "demo", "domain": {"name": "Default"}}}}}
 * {"auth": {"identity": {"methods": ["application_credential"],
 *                        "application_credential": {"id": "...", "secret": "..."}}}}
 * {"auth": {"identity": {"methods": ["token"], "token": {"id": "..."}}, "scope": ...}}
 * }</pre>
 *
 * The bytes hold a secret: they go to the request body only, never to a log or message.
 */
final class AuthBodies {
    private AuthBodies() {}

    /**
     * @param credentials how to authenticate
     * @param scope the scope to ask for, or {@code null} to send none
     * @return the JSON body
     */
    static byte[] issue(Credentials credentials, Scope scope) {
        JsonCodec json = JsonCodec.standard();
        ObjectNode root = json.objectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add(credentials.method());
        if (credentials instanceof PasswordCredentials) {
            PasswordCredentials p = (PasswordCredentials) credentials;
            ObjectNode user = identity.putObject("password").putObject("user");
            p.user().writeTo(user);
            user.put("password", p.secret());
        } else if (credentials instanceof ApplicationCredentials) {
            ApplicationCredentials a = (ApplicationCredentials) credentials;
            ObjectNode cred = identity.putObject("application_credential");
            if (a.id().isPresent()) {
                cred.put("id", a.id().get());
            } else {
                cred.put("name", a.name().orElseThrow());
                a.user().writeTo(cred.putObject("user"));
            }
            cred.put("secret", a.secret());
        } else {
            identity.putObject("token").put("id", ((TokenCredentials) credentials).secret());
        }
        if (scope != null) {
            scope.writeTo(auth);
        }
        return json.write(root);
    }
}
