package dev.glanceshare.testing.internal.identity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A Keystone user and its role assignments. Mutable; guarded by the {@link IdentityStore}'s lock. */
public final class UserAccount {
    /** Assignment target prefix for roles on a domain (project targets are bare project IDs). */
    public static final String DOMAIN_TARGET = "domain:";

    private final String id;
    private final String name;
    private final String password;
    private final String defaultProjectId; // may be null
    private final Map<String, Set<String>> assignments = new LinkedHashMap<>();

    UserAccount(String id, String name, String password, String defaultProjectId) {
        this.id = id;
        this.name = name;
        this.password = password;
        this.defaultProjectId = defaultProjectId;
    }

    /** @return the user ID, 32 hex digits */
    public String id() {
        return id;
    }

    /** @return the user name */
    public String name() {
        return name;
    }

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    /** @return the default project ID, if any */
    public Optional<String> defaultProjectId() {
        return Optional.ofNullable(defaultProjectId);
    }

    void grant(String target, String role) {
        assignments.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(role);
    }

    /**
     * Returns the roles assigned directly on a target.
     *
     * @param target a project ID, or {@link #DOMAIN_TARGET} plus a domain ID
     * @return the role names in assignment order
     */
    public Set<String> assignedOn(String target) {
        return Set.copyOf(assignments.getOrDefault(target, Set.of()));
    }

    LinkedHashSet<String> assignedInOrder(String target) {
        return new LinkedHashSet<>(assignments.getOrDefault(target, Set.of()));
    }

    /** @return the project IDs the user has any role on, in assignment order */
    public Set<String> projectIds() {
        Set<String> ids = new LinkedHashSet<>();
        assignments.forEach((target, roles) -> {
            if (!target.startsWith(DOMAIN_TARGET) && !roles.isEmpty()) {
                ids.add(target);
            }
        });
        return ids;
    }
}
