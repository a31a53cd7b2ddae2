package dev.glanceshare.identity.internal;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.identity.ServiceCatalog;
import dev.glanceshare.identity.TokenInfo;
import java.time.Instant;
import java.util.List;

/**
 * Makes a {@link TokenInfo} from the parts {@link TokenParser} read. The identity package passes
 * {@code TokenInfo::new}: its constructor is not public API, and this is how this package reaches it.
 */
@FunctionalInterface
public interface TokenInfoFactory {
    /**
     * @param token the token and its expiry
     * @param issuedAt when it was issued, or {@code null}
     * @param methods the methods that authenticated it
     * @param user the user
     * @param project the scoped project, or {@code null}
     * @param domain the scoped domain, or {@code null}
     * @param roles the role names
     * @param catalog the service catalog
     * @return the token's details
     */
    TokenInfo create(AuthToken token, Instant issuedAt, List<String> methods, TokenRef user, TokenRef project,
            TokenRef domain, List<String> roles, ServiceCatalog catalog);
}
