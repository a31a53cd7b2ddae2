package dev.glanceshare.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Which catalog endpoint a client wants: a service type (such as {@code image}), an interface and an
 * optional region. Immutable.
 */
public final class EndpointFilter {
    private final String serviceType;
    private final EndpointInterface endpointInterface;
    private final String region;

    private EndpointFilter(String serviceType, EndpointInterface endpointInterface, String region) {
        this.serviceType = Objects.requireNonNull(serviceType, "serviceType");
        if (serviceType.isBlank()) {
            throw new IllegalArgumentException("serviceType is blank");
        }
        this.endpointInterface = Objects.requireNonNull(endpointInterface, "interface");
        this.region = region;
    }

    /**
     * @param serviceType the catalog service type, such as {@code image}
     * @return a filter for its public endpoint in any region
     */
    public static EndpointFilter of(String serviceType) {
        return new EndpointFilter(serviceType, EndpointInterface.PUBLIC, null);
    }

    /**
     * @param value the interface
     * @return a copy with that interface
     */
    public EndpointFilter withInterface(EndpointInterface value) {
        return new EndpointFilter(serviceType, value, region);
    }

    /**
     * @param value the region, or {@code null} for any
     * @return a copy with that region
     */
    public EndpointFilter withRegion(String value) {
        return new EndpointFilter(serviceType, endpointInterface, value == null || value.isBlank() ? null : value);
    }

    /** @return the service type */
    public String serviceType() {
        return serviceType;
    }

    /** @return the interface */
    public EndpointInterface endpointInterface() {
        return endpointInterface;
    }

    /** @return the region, if one was asked for */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EndpointFilter)) {
            return false;
        }
        EndpointFilter f = (EndpointFilter) o;
        return serviceType.equals(f.serviceType) && endpointInterface == f.endpointInterface
                && Objects.equals(region, f.region);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceType, endpointInterface, region);
    }

    @Override
    public String toString() {
        return "service type '" + serviceType + "', interface " + endpointInterface.wireName()
                + (region == null ? ", any region" : ", region '" + region + "'");
    }
}
