package dev.glanceshare.spring.health;

import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.TokenInfo;
import dev.glanceshare.spring.GlanceshareProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the health indicators report, independent of the Boot line. A probe never authenticates: it reads the
 * token the session already holds ({@link KeystoneSession#cachedToken()}) and sends two requests without a
 * token, {@code GET} on Keystone's identity URL and on Glance's endpoint, straight on the session's transport
 * (so probes do not count as SDK operations in the metrics). Up when both answer with a status below 500.
 * Details: each service's URL and status, and the token's expiry and remaining life; never the token.
 */
public final class GlanceshareHealthCheck {
    private final KeystoneSession session;
    private final GlanceshareProperties properties;
    private final Clock clock;

    /**
     * @param session the session whose token and transport to use
     * @param properties the region, interface and image endpoint override
     * @param clock the time, for the token's remaining life
     */
    public GlanceshareHealthCheck(KeystoneSession session, GlanceshareProperties properties, Clock clock) {
        this.session = session;
        this.properties = properties;
        this.clock = clock;
    }

    /** The outcome of one probe. @param up whether both services answered @param details what to show */
    public record Result(boolean up, Map<String, Object> details) {}

    /** @return the outcome; never throws */
    public Result check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up;
        try {
            up = probe("keystone", session.identityEndpoint(), details); // discovery happens once, if at all
        } catch (OpenStackException e) {
            details.put("keystoneError", e.getClass().getSimpleName() + ": " + e.getMessage());
            up = false;
        }
        Optional<TokenInfo> token = session.cachedToken();
        if (token.isEmpty()) {
            details.put("token", "none yet: the session authenticates on first use");
        } else {
            Optional<Instant> expires = token.get().expiresAt();
            details.put("tokenExpiresAt", expires.map(Instant::toString).orElse("unknown"));
            expires.ifPresent(at -> {
                Duration left = Duration.between(clock.instant(), at);
                details.put("tokenRemainingSeconds", Math.max(0, left.toSeconds()));
            });
        }
        Optional<URI> glance = imageUrl(token, details);
        if (glance.isPresent()) {
            up &= probe("glance", glance.get(), details);
        }
        return new Result(up, details);
    }

    private Optional<URI> imageUrl(Optional<TokenInfo> token, Map<String, Object> details) {
        if (properties.getImageEndpoint() != null) {
            return Optional.of(URI.create(properties.getImageEndpoint()));
        }
        if (token.isEmpty()) {
            details.put("glance", "endpoint not known until the session authenticates");
            return Optional.empty();
        }
        try {
            EndpointFilter filter = EndpointFilter.of("image")
                    .withInterface(EndpointInterface.parse(properties.getEndpointInterface()))
                    .withRegion(properties.getRegion());
            return Optional.of(token.get().catalog().endpoint(filter));
        } catch (OpenStackException | IllegalArgumentException e) {
            details.put("glance", "no endpoint: " + e.getMessage());
            return Optional.empty();
        }
    }

    private boolean probe(String name, URI url, Map<String, Object> details) {
        details.put(name + "Url", url.toString());
        try (HttpResponse response = session.transport().send(HttpRequest.builder("GET", url).build())) {
            details.put(name + "Status", response.status());
            return response.status() < 500;
        } catch (OpenStackException | IllegalArgumentException e) {
            details.put(name + "Error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }
}
