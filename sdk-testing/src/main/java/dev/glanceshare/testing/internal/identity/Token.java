package dev.glanceshare.testing.internal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An issued Keystone token.
 *
 * @param id the opaque token string sent in {@code X-Subject-Token}
 * @param userId whose token it is
 * @param projectId the project scope, or null
 * @param domainId the domain scope, or null
 * @param methods the authentication methods, in response order
 * @param roles effective role names (implied roles included), empty when unscoped
 * @param issuedAt issue time, truncated to seconds like a fernet token
 * @param expiresAt expiry time
 * @param auditIds this token's audit ID, then its parent's when it came from the token method
 * @param appCredentialId the application credential that issued it, or null
 */
public record Token(String id, String userId, String projectId, String domainId, List<String> methods,
        List<String> roles, Instant issuedAt, Instant expiresAt, List<String> auditIds, String appCredentialId) {

    /** @return the project scope, if project-scoped */
    public Optional<String> project() {
        return Optional.ofNullable(projectId);
    }

    /** @return true when the token carries the {@code admin} role (Glance's legacy {@code is_admin}) */
    public boolean isAdmin() {
        return roles.stream().anyMatch(r -> r.equalsIgnoreCase("admin"));
    }

    /** @return true when neither project- nor domain-scoped */
    public boolean unscoped() {
        return projectId == null && domainId == null;
    }
}
