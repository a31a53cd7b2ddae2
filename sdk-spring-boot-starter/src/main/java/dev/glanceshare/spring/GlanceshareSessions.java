package dev.glanceshare.spring;

import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.identity.CloudConfig;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** Builds the session from {@link GlanceshareProperties}, or from clouds.yaml or {@code OS_*} when no auth URL is set. */
final class GlanceshareSessions {
    private GlanceshareSessions() {}

    static KeystoneSession create(GlanceshareProperties p, SdkObserver observer, Map<String, String> variables) {
        KeystoneSession.Builder b;
        Path ca = p.getCaCertificate();
        boolean insecure = p.isInsecure();
        if (p.getAuthUrl() != null && !p.getAuthUrl().isBlank()) {
            b = KeystoneSession.builder().authUrl(p.getAuthUrl()).credentials(credentials(p));
            if (p.getProjectId() != null) {
                b.scope(Scope.projectId(p.getProjectId()));
            } else if (p.getProjectName() != null) {
                b.scope(Scope.projectName(p.getProjectName(), p.getProjectDomainName()));
            }
        } else {
            CloudConfig cloud = CloudConfig.loader().environment(variables).cloud(p.getCloud()).load();
            b = cloud.toSessionBuilder();
            ca = ca != null ? ca : cloud.caCertificate().orElse(null);
            insecure = insecure || cloud.insecure();
        }
        if (p.getRegion() != null) {
            b.region(p.getRegion());
        }
        b.endpointInterface(EndpointInterface.parse(p.getEndpointInterface()));
        if (p.getImageEndpoint() != null) {
            b.endpointOverride("image", URI.create(p.getImageEndpoint()));
        }
        // The session creates and closes the transport; the observer rides on it to every client of the session.
        b.transportOptions(TransportOptions.builder().caCertificate(ca).insecure(insecure)
                .connectTimeout(p.getConnectTimeout()).responseTimeout(p.getResponseTimeout())
                .maxConnections(p.getMaxConnections()).maxConnectionsPerRoute(p.getMaxConnections())
                .observer(observer).build());
        return b.build();
    }

    private static Credentials credentials(GlanceshareProperties p) {
        if (p.getApplicationCredentialId() != null) {
            return Credentials.applicationCredential().id(p.getApplicationCredentialId())
                    .secret(p.getApplicationCredentialSecret()).build();
        }
        if (p.getUsername() == null || p.getPassword() == null) {
            throw new ConfigurationException("glanceshare.auth-url is set, so glanceshare.username and "
                    + "glanceshare.password are needed (or glanceshare.application-credential-id and -secret)");
        }
        return Credentials.password().userName(p.getUsername()).userDomainName(p.getUserDomainName())
                .password(p.getPassword()).build();
    }
}
