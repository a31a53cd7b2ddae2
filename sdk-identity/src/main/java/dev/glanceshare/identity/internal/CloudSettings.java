package dev.glanceshare.identity.internal;

import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.identity.TokenStore;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ConfigReader} read for one cloud; {@code CloudConfig} is its public face.
 *
 * @param origin where the settings came from, for messages
 * @param cloudName the clouds.yaml cloud, or {@code null}
 * @param authUrl Keystone's URL as configured
 * @param credentials the credentials
 * @param scope the scope, or {@code null} for the user's default project
 * @param region the region, or {@code null}
 * @param endpointInterface the endpoint interface
 * @param caCertificate a CA file to trust, or {@code null}
 * @param insecure whether TLS verification is off
 * @param tokenStore the token store, or {@code null} for the default
 * @param projectLookup how project names are looked up: a directory file or a lookup cloud, or {@code null}
 *     for Keystone as the caller
 */
public record CloudSettings(String origin, String cloudName, String authUrl, Credentials credentials, Scope scope,
        String region, EndpointInterface endpointInterface, Path caCertificate, boolean insecure, TokenStore tokenStore,
        ProjectLookupSettings projectLookup) {
    /** Checks what every cloud has. */
    public CloudSettings {
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(credentials, "credentials");
    }
}
