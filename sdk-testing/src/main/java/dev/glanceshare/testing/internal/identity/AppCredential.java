package dev.glanceshare.testing.internal.identity;

import java.util.List;

/**
 * A Keystone application credential.
 *
 * @param id its ID
 * @param name its name, unique per user
 * @param secret the secret to present
 * @param userId the owning user
 * @param projectId the project every token it issues is scoped to
 * @param roles the roles its tokens carry (before implied roles)
 */
public record AppCredential(String id, String name, String secret, String userId, String projectId,
        List<String> roles) {
}
