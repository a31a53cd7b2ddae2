package dev.glanceshare.identity;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.identity.internal.TokenRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Keystone said about an issued token: who it is for, its scope, roles, expiry and catalog. Immutable.
 * It holds the token value (inside {@link AuthToken}) but never a password or application credential
 * secret, and {@link #toString()} redacts the token.
 */
public final class TokenInfo {
    private final AuthToken token;
    private final Instant issuedAt;
    private final List<String> methods;
    private final TokenRef user;
    private final TokenRef project;
    private final TokenRef domain;
    private final List<String> roles;
    private final ServiceCatalog catalog;

    TokenInfo(AuthToken token, Instant issuedAt, List<String> methods, TokenRef user, TokenRef project,
            TokenRef domain, List<String> roles, ServiceCatalog catalog) {
        this.token = Objects.requireNonNull(token, "token");
        this.issuedAt = issuedAt;
        this.methods = List.copyOf(methods);
        this.user = Objects.requireNonNull(user, "user");
        this.project = project;
        this.domain = domain;
        this.roles = List.copyOf(roles);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** @return the token, for the {@code X-Auth-Token} header */
    public AuthToken token() {
        return token;
    }

    /** @return when the token expires, if Keystone said */
    public Optional<Instant> expiresAt() {
        return token.expiresAt();
    }

    /** @return when the token was issued, if Keystone said */
    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    /** @return the methods that authenticated it, such as {@code [password]} */
    public List<String> methods() {
        return methods;
    }

    /** @return the user's ID */
    public String userId() {
        return user.id();
    }

    /** @return the user's name, if Keystone said */
    public Optional<String> userName() {
        return Optional.ofNullable(user.name());
    }

    /** @return the ID of the user's domain, if Keystone said */
    public Optional<String> userDomainId() {
        return Optional.ofNullable(user.domainId());
    }

    /** @return the scope's kind: project, domain or unscoped */
    public Scope.Kind scopeKind() {
        return project != null ? Scope.Kind.PROJECT : domain != null ? Scope.Kind.DOMAIN : Scope.Kind.UNSCOPED;
    }

    /** @return the ID of the project the token is scoped to; empty unless project-scoped */
    public Optional<String> projectId() {
        return Optional.ofNullable(project).map(TokenRef::id);
    }

    /** @return the name of the project the token is scoped to; empty unless project-scoped */
    public Optional<String> projectName() {
        return Optional.ofNullable(project).map(TokenRef::name);
    }

    /** @return the ID of the scoped project's domain; empty unless project-scoped */
    public Optional<String> projectDomainId() {
        return Optional.ofNullable(project).map(TokenRef::domainId);
    }

    /** @return the ID of the domain the token is scoped to; empty unless domain-scoped */
    public Optional<String> domainId() {
        return Optional.ofNullable(domain).map(TokenRef::id);
    }

    /** @return the name of the domain the token is scoped to; empty unless domain-scoped */
    public Optional<String> domainName() {
        return Optional.ofNullable(domain).map(TokenRef::name);
    }

    /** @return the role names on the scope, such as {@code [member, reader]}; empty when unscoped */
    public List<String> roles() {
        return roles;
    }

    /** @return the service catalog; empty for unscoped tokens */
    public ServiceCatalog catalog() {
        return catalog;
    }

    TokenRef userRef() {
        return user;
    }

    TokenRef projectRef() {
        return project;
    }

    TokenRef domainRef() {
        return domain;
    }

    /** @return user, scope, roles and expiry; the token value is redacted */
    @Override
    public String toString() {
        String scope = project != null ? "project " + project : domain != null ? "domain " + domain : "unscoped";
        return "TokenInfo[user " + user + ", " + scope + ", roles " + roles + ", expires "
                + token.expiresAt().map(Object::toString).orElse("unknown") + ", token=<redacted>]";
    }
}
