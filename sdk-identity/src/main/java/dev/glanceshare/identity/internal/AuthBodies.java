package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.identity.Scope;

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
public final class AuthBodies {
    private AuthBodies() {}

    /**
     * @param login how to authenticate, secret included
     * @param scope the scope to ask for, or {@code null} to send none
     * @return the JSON body
     */
    public static byte[] issue(Login login, Scope scope) {
        JsonCodec json = JsonCodec.standard();
        ObjectNode root = json.objectNode();
        ObjectNode auth = root.putObject("auth");
        login.writeIdentity(auth.putObject("identity"));
        if (scope != null) {
            writeScope(auth, scope);
        }
        return json.write(root);
    }

    /** Puts a scope into an auth request as {@code "scope"}. */
    private static void writeScope(ObjectNode auth, Scope scope) {
        if (scope.kind() == Scope.Kind.UNSCOPED) {
            auth.put("scope", "unscoped");
            return;
        }
        ObjectNode target = auth.putObject("scope").putObject(scope.kind() == Scope.Kind.PROJECT ? "project" : "domain");
        if (scope.id().isPresent()) {
            target.put("id", scope.id().get());
            return;
        }
        target.put("name", scope.name().orElseThrow());
        if (scope.kind() == Scope.Kind.PROJECT) {
            ObjectNode domain = target.putObject("domain");
            if (scope.projectDomainId().isPresent()) {
                domain.put("id", scope.projectDomainId().get());
            } else {
                domain.put("name", scope.projectDomainName().orElseThrow());
            }
        }
    }
}
