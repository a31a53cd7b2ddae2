package dev.glanceshare.core;

import dev.glanceshare.core.http.HttpTransport;
import java.net.URI;
import java.util.Optional;

/**
 * An authenticated view of a cloud: a token, a service catalog and the transport to reach it. Service
 * clients (such as the Glance client) take a {@code Session} and never see credentials. Implementations
 * are thread-safe; {@code KeystoneSession} in sdk-identity is the standard one.
 *
 * <p>Re-authentication is single-flight: when many threads hold the same stale token, only one of them
 * authenticates again and the others wait for, and then use, its new token.
 */
public interface Session {

    /**
     * Returns a token that is valid now, authenticating first if there is none or it is about to expire.
     *
     * @return the current token
     * @throws dev.glanceshare.core.exception.AuthenticationException when the credentials are refused
     */
    AuthToken token();

    /**
     * Called after a service answered 401 to {@code stale}. If {@code stale} is still the current token,
     * authenticates again; if another thread already replaced it, returns the replacement without a
     * request.
     *
     * @param stale the token that was refused
     * @return a token newer than {@code stale}
     * @throws dev.glanceshare.core.exception.AuthenticationException when the credentials are refused, or
     *     when the session was built from a fixed token and cannot get another
     */
    AuthToken reauthenticate(AuthToken stale);

    /**
     * Looks up a service endpoint in the catalog.
     *
     * @param filter service type, interface and region
     * @return the endpoint URL as the catalog lists it
     * @throws dev.glanceshare.core.exception.EndpointNotFoundException listing what the catalog offers
     */
    URI endpoint(EndpointFilter filter);

    /** @return the ID of the project the token is scoped to; empty for domain-scoped and unscoped tokens */
    Optional<String> projectId();

    /**
     * Resolves a project name or ID to an ID through the identity service. An argument shaped like a
     * project ID (32 hex digits, or a dashed UUID) is returned as the ID without a request. Never falls back
     * to using the input as an ID when the lookup is refused or finds nothing.
     *
     * @param nameOrId a project name or ID
     * @return the project ID
     * @throws dev.glanceshare.core.exception.ResourceNotFoundException when no project matches
     * @throws dev.glanceshare.core.exception.AmbiguousNameException when the name matches several
     * @throws dev.glanceshare.core.exception.ForbiddenException when the identity service refuses the lookup
     */
    String resolveProjectId(String nameOrId);

    /** @return the transport this session sends with; service clients may share it (they never close it) */
    HttpTransport transport();
}
