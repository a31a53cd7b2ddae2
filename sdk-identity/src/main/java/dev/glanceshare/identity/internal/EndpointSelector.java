package dev.glanceshare.identity.internal;

import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.EndpointInterface;
import dev.glanceshare.identity.ServiceCatalog;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A session's choice of endpoint: an override for the service type wins without looking at the catalog;
 * otherwise the session's region applies when the filter names none, and the session's interface when
 * the filter asks for the default ({@link EndpointInterface#PUBLIC}). Immutable.
 */
public final class EndpointSelector {
    private final Map<String, URI> overrides;
    private final String region;
    private final EndpointInterface endpointInterface;

    /**
     * @param overrides URLs per service type
     * @param region the session's region, or {@code null} for any
     * @param endpointInterface the session's interface
     */
    public EndpointSelector(Map<String, URI> overrides, String region, EndpointInterface endpointInterface) {
        this.overrides = Map.copyOf(overrides);
        this.region = region;
        this.endpointInterface = endpointInterface;
    }

    /**
     * @param filter what the caller asks for
     * @param catalog the current token's catalog, read only when no override applies
     * @return the endpoint
     * @throws dev.glanceshare.core.exception.EndpointNotFoundException listing what the catalog offers
     */
    public URI select(EndpointFilter filter, Supplier<ServiceCatalog> catalog) {
        URI override = overrides.get(filter.serviceType());
        if (override != null) {
            return override;
        }
        EndpointFilter effective = filter;
        if (filter.region().isEmpty() && region != null) {
            effective = effective.withRegion(region);
        }
        if (filter.endpointInterface() == EndpointInterface.PUBLIC) {
            effective = effective.withInterface(endpointInterface);
        }
        return catalog.get().endpoint(effective);
    }

    /** @return the region and interface, for the session's {@code toString()} */
    @Override
    public String toString() {
        return "region=" + (region == null ? "any" : region) + ", interface=" + endpointInterface.wireName();
    }
}
