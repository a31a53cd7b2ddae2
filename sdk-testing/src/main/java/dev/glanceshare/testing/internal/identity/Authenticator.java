package dev.glanceshare.testing.internal.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.internal.http.Jsons;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v3/auth/tokens}: checks the request body, authenticates one method (password, token or
 * application credential), resolves the scope and issues a token. Every credential or scope failure is
 * the same 401, as in Keystone.
 */
public final class Authenticator {
    private final IdentityStore store;
    private final FakeClock clock;
    private final Duration lifetime;

    /**
     * @param store the identity state
     * @param clock the fake clock
     * @param lifetime lifetime of new tokens
     */
    public Authenticator(IdentityStore store, FakeClock clock, Duration lifetime) {
        this.store = store;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * Authenticates and issues a token.
     *
     * @param body the whole request body, or null when there was none
     * @return the new token
     * @throws KeystoneError 400 for a malformed request, 401 for bad credentials or scope
     */
    public Token authenticate(JsonNode body) {
        JsonNode auth = body == null ? null : body.get("auth");
        if (auth == null || !auth.isObject()) {
            throw KeystoneError.badRequest(Jsons.repr(auth) + " is not of type 'object'");
        }
        JsonNode identity = auth.get("identity");
        if (identity == null) {
            throw KeystoneError.badRequest("'identity' is a required property");
        }
        if (!identity.isObject()) {
            throw KeystoneError.badRequest(field("identity", Jsons.repr(identity) + " is not of type 'object'"));
        }
        List<String> methods = methods(identity);
        if (methods.size() != 1) {
            throw KeystoneError.unauthorized(); // multi-factor auth is not part of this fake
        }
        String method = methods.get(0);
        JsonNode payload = identity.get(method);
        if (payload == null || !payload.isObject()) {
            throw KeystoneError.validation(method, "identity");
        }
        JsonNode scope = auth.get("scope");
        return switch (method) {
            case "password" -> password(payload, scope);
            case "token" -> token(payload, scope);
            case "application_credential" -> appCredential(payload, scope);
            default -> throw KeystoneError.unauthorized();
        };
    }

    private static List<String> methods(JsonNode identity) {
        JsonNode methods = identity.get("methods");
        if (methods == null) {
            throw KeystoneError.badRequest(field("identity", "'methods' is a required property"));
        }
        if (!methods.isArray()) {
            throw KeystoneError.badRequest(field("identity/methods", Jsons.repr(methods) + " is not of type 'array'"));
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (int i = 0; i < methods.size(); i++) {
            JsonNode m = methods.get(i);
            if (!m.isTextual()) {
                throw KeystoneError.badRequest(field("identity/methods/" + i, Jsons.repr(m) + " is not of type 'string'"));
            }
            names.add(m.asText());
        }
        return new ArrayList<>(names);
    }

    private Token password(JsonNode payload, JsonNode scope) {
        JsonNode user = payload.get("user");
        if (user == null || !user.isObject()) {
            throw KeystoneError.validation("user", "password");
        }
        UserAccount account = findUser(user).orElseThrow(KeystoneError::unauthorized);
        JsonNode password = user.get("password");
        if (password == null || !password.isTextual() || !account.passwordMatches(password.asText())) {
            throw KeystoneError.unauthorized();
        }
        return scoped(account, scope, List.of("password"), null, List.of(), null);
    }

    private Token token(JsonNode payload, JsonNode scope) {
        JsonNode id = payload.get("id");
        if (id == null || !id.isTextual()) {
            throw KeystoneError.validation("id", "token");
        }
        Token parent = store.validate(id.asText(), clock.now())
                .orElseThrow(() -> KeystoneError.notFound("Failed to validate token"));
        UserAccount account = store.user(parent.userId()).orElseThrow(KeystoneError::unauthorized);
        LinkedHashSet<String> methods = new LinkedHashSet<>();
        methods.add("token");
        methods.addAll(parent.methods());
        String chain = parent.auditIds().get(parent.auditIds().size() - 1);
        // Keystone keeps the original expiry so that rescoping cannot extend a session.
        return scoped(account, scope, List.copyOf(methods), parent.expiresAt(), List.of(chain), null);
    }

    private Token appCredential(JsonNode payload, JsonNode scope) {
        JsonNode secret = payload.get("secret");
        if (secret == null || !secret.isTextual()) {
            throw KeystoneError.validation("secret", "application_credential");
        }
        Optional<AppCredential> found;
        if (payload.hasNonNull("id")) {
            found = store.appCredential(payload.get("id").asText());
        } else if (payload.hasNonNull("name") && payload.has("user")) {
            found = findUser(payload.get("user"))
                    .flatMap(u -> store.appCredentialByName(u.id(), payload.get("name").asText()));
        } else {
            throw KeystoneError.validation("id or name and user", "application_credential");
        }
        AppCredential credential = found.filter(c -> c.secret().equals(secret.asText()))
                .orElseThrow(KeystoneError::unauthorized);
        if (scope != null && !scope.isNull()) {
            throw KeystoneError.unauthorized(); // application credential tokens cannot be rescoped
        }
        List<String> roles = IdentityStore.withImplied(credential.roles());
        return store.issue(new Token(null, credential.userId(), credential.projectId(), null,
                List.of("application_credential"), roles, null, null, List.of(), credential.id()), clock.now(), lifetime);
    }

    private Token scoped(UserAccount account, JsonNode scope, List<String> methods, java.time.Instant expiresAt,
            List<String> parentAudit, String appCredentialId) {
        String projectId = null;
        String domainId = null;
        if (scope == null || scope.isNull() || (scope.isTextual() && scope.asText().equals("unscoped"))) {
            if (scope == null || scope.isNull()) {
                projectId = account.defaultProjectId()
                        .filter(p -> !store.effectiveRoles(account.id(), p).isEmpty()).orElse(null);
            }
        } else if (scope.isObject() && scope.has("project")) {
            projectId = resolveProject(scope.get("project"));
        } else if (scope.isObject() && scope.has("domain")) {
            domainId = resolveDomain(scope.get("domain"));
        } else {
            throw KeystoneError.unauthorized(); // system scope and trusts are not part of this fake
        }
        String target = projectId != null ? projectId : domainId != null ? UserAccount.DOMAIN_TARGET + domainId : null;
        List<String> roles = target == null ? List.of() : store.effectiveRoles(account.id(), target);
        if (target != null && roles.isEmpty()) {
            throw KeystoneError.unauthorized();
        }
        return store.issue(new Token(null, account.id(), projectId, domainId, methods, roles, null, expiresAt,
                parentAudit, appCredentialId), clock.now(), lifetime);
    }

    private String resolveProject(JsonNode project) {
        if (project == null || !project.isObject()) {
            throw KeystoneError.unauthorized();
        }
        if (project.hasNonNull("id")) {
            return store.project(project.get("id").asText()).map(Project::id).orElseThrow(KeystoneError::unauthorized);
        }
        if (!project.hasNonNull("name")) {
            throw KeystoneError.validation("project id or name", "scope");
        }
        JsonNode domain = project.get("domain");
        if (domain == null || !domain.isObject()) {
            throw KeystoneError.validation("domain", "project");
        }
        resolveDomain(domain);
        return store.projectByName(project.get("name").asText()).map(Project::id)
                .orElseThrow(KeystoneError::unauthorized);
    }

    private static String resolveDomain(JsonNode domain) {
        if (domain == null || !domain.isObject()) {
            throw KeystoneError.unauthorized();
        }
        boolean byId = domain.hasNonNull("id") && domain.get("id").asText().equals(IdentityStore.DOMAIN_ID);
        boolean byName = domain.hasNonNull("name") && domain.get("name").asText().equals(IdentityStore.DOMAIN_NAME);
        if (!byId && !byName) {
            throw KeystoneError.unauthorized();
        }
        return IdentityStore.DOMAIN_ID;
    }

    private Optional<UserAccount> findUser(JsonNode user) {
        if (user == null || !user.isObject()) {
            return Optional.empty();
        }
        if (user.hasNonNull("id")) {
            return store.user(user.get("id").asText());
        }
        if (!user.hasNonNull("name")) {
            throw KeystoneError.validation("user id or name", "user");
        }
        JsonNode domain = user.get("domain");
        if (domain == null || !domain.isObject()) {
            throw KeystoneError.validation("domain", "user");
        }
        boolean known = (domain.hasNonNull("id") && domain.get("id").asText().equals(IdentityStore.DOMAIN_ID))
                || (domain.hasNonNull("name") && domain.get("name").asText().equals(IdentityStore.DOMAIN_NAME));
        return known ? store.userByName(user.get("name").asText()) : Optional.empty();
    }

    private static String field(String path, String message) {
        return "Invalid input for field '" + path + "': " + message;
    }
}
