package dev.glanceshare.conformance;

import dev.glanceshare.identity.Credentials;
import java.net.URI;

/**
 * A real Keystone + Glance started by {@code conformance/real-openstack.sh up}, described by its
 * {@code credentials.env} ({@link RealCredentials}). Its state outlives a run: scenarios name their
 * images uniquely and delete them.
 */
final class RealTarget extends Target {
    private final RealCredentials credentials;

    RealTarget(RealCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    String name() {
        return "real";
    }

    @Override
    URI authUrl() {
        return URI.create(credentials.get("REAL_AUTH_URL"));
    }

    @Override
    URI imageUrl() {
        return URI.create(credentials.get("REAL_IMAGE_URL"));
    }

    @Override
    String projectId(User user) {
        return credentials.user(user, "PROJECT_ID");
    }

    @Override
    String userId(User user) {
        return credentials.user(user, "USER_ID");
    }

    @Override
    String appCredentialId() {
        return credentials.get("REAL_DEMO_APPCRED_ID");
    }

    @Override
    String appCredentialSecret() {
        return credentials.get("REAL_DEMO_APPCRED_SECRET");
    }

    @Override
    Credentials lookupCredentials() {
        return Credentials.password().userName(credentials.get("REAL_LOOKUP_USERNAME"))
                .userDomainName(credentials.get("REAL_LOOKUP_DOMAIN_NAME"))
                .password(credentials.get("REAL_LOOKUP_PASSWORD")).build();
    }

    @Override
    String lookupUserId() {
        return credentials.get("REAL_LOOKUP_USER_ID");
    }

    @Override
    boolean meets(Requirement requirement) {
        return switch (requirement) {
            case GLANCE_TOKEN_CACHE_OFF -> credentials.glanceTokenCacheOff();
        };
    }
}
