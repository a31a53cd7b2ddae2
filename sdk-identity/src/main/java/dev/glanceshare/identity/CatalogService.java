package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One service in the catalog, such as {@code image} named {@code glance}, with its endpoints. Immutable. */
public final class CatalogService {
    private final String type;
    private final String name;
    private final String id;
    private final List<CatalogEndpoint> endpoints;

    private CatalogService(String type, String name, String id, List<CatalogEndpoint> endpoints) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = name;
        this.id = id;
        this.endpoints = List.copyOf(endpoints);
    }

    /**
     * @param type the service type, such as {@code image}
     * @param name the service name, such as {@code glance}, or {@code null}
     * @param id the service ID, or {@code null}
     * @param endpoints its endpoints
     * @return the service
     */
    public static CatalogService of(String type, String name, String id, List<CatalogEndpoint> endpoints) {
        return new CatalogService(type, Texts.clean(name), id, endpoints);
    }

    /** @return the service type, such as {@code image} */
    public String type() {
        return type;
    }

    /** @return the service name, such as {@code glance}, if the catalog gave one */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the service's ID, if the catalog gave one */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the endpoints, unmodifiable */
    public List<CatalogEndpoint> endpoints() {
        return endpoints;
    }

    @Override
    public String toString() {
        return type + (name == null ? "" : " (" + name + ")") + " " + endpoints;
    }
}
