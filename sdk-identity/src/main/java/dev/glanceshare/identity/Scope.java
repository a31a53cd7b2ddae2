package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * What a token is scoped to: a project (by ID, or by name plus its domain), a domain, or nothing.
 * Glance needs a project-scoped token. Immutable.
 *
 * <p>A session without a scope sends none, and Keystone then scopes the token to the user's default
 * project if it has one. {@link #unscoped()} asks explicitly for an unscoped token.
 */
public final class Scope {
    /** The kind of scope. */
    public enum Kind {
        /** Scoped to one project: what Glance needs. */
        PROJECT,
        /** Scoped to a domain: for identity administration. */
        DOMAIN,
        /** Not scoped: proves identity only; no roles and no catalog. */
        UNSCOPED
    }

    private static final Scope UNSCOPED = new Scope(Kind.UNSCOPED, null, null, null, null);

    private final Kind kind;
    private final String id;
    private final String name;
    private final String domainId;
    private final String domainName;

    private Scope(Kind kind, String id, String name, String domainId, String domainName) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        this.domainId = domainId;
        this.domainName = domainName;
    }

    /**
     * @param projectId the project's ID
     * @return a project scope
     */
    public static Scope projectId(String projectId) {
        return new Scope(Kind.PROJECT, required(projectId, "projectId"), null, null, null);
    }

    /**
     * @param projectName the project's name
     * @param domainName the name of the project's domain, such as {@code Default}
     * @return a project scope
     */
    public static Scope projectName(String projectName, String domainName) {
        return new Scope(Kind.PROJECT, null, required(projectName, "projectName"), null, required(domainName, "domainName"));
    }

    /**
     * @param projectName the project's name
     * @param domainId the ID of the project's domain, such as {@code default}
     * @return a project scope
     */
    public static Scope projectNameInDomainId(String projectName, String domainId) {
        return new Scope(Kind.PROJECT, null, required(projectName, "projectName"), required(domainId, "domainId"), null);
    }

    /**
     * @param domainId the domain's ID
     * @return a domain scope
     */
    public static Scope domainId(String domainId) {
        return new Scope(Kind.DOMAIN, required(domainId, "domainId"), null, null, null);
    }

    /**
     * @param domainName the domain's name
     * @return a domain scope
     */
    public static Scope domainName(String domainName) {
        return new Scope(Kind.DOMAIN, null, required(domainName, "domainName"), null, null);
    }

    /** @return an explicit request for an unscoped token (Keystone's {@code "scope": "unscoped"}) */
    public static Scope unscoped() {
        return UNSCOPED;
    }

    /** @return the kind of scope */
    public Kind kind() {
        return kind;
    }

    /** @return the project's or domain's ID, when given by ID */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the project's or domain's name, when given by name */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return for a project by name: its domain's ID, if given that way */
    public Optional<String> projectDomainId() {
        return Optional.ofNullable(domainId);
    }

    /** @return for a project by name: its domain's name, if given that way */
    public Optional<String> projectDomainName() {
        return Optional.ofNullable(domainName);
    }

    private static String required(String value, String what) {
        String v = Texts.clean(value);
        if (v == null) {
            throw new IllegalArgumentException(what + " is null or blank");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Scope)) {
            return false;
        }
        Scope s = (Scope) o;
        return kind == s.kind && Objects.equals(id, s.id) && Objects.equals(name, s.name)
                && Objects.equals(domainId, s.domainId) && Objects.equals(domainName, s.domainName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, name, domainId, domainName);
    }

    /** @return for example {@code project 'demo' in domain 'Default'} */
    @Override
    public String toString() {
        switch (kind) {
            case UNSCOPED: return "unscoped";
            case DOMAIN: return id != null ? "domain ID '" + id + "'" : "domain '" + name + "'";
            default:
                if (id != null) {
                    return "project ID '" + id + "'";
                }
                return "project '" + name + "' in domain " + (domainId != null ? "ID '" + domainId + "'" : "'" + domainName + "'");
        }
    }
}
