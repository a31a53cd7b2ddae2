package dev.glanceshare.identity;

import dev.glanceshare.core.EndpointFilter;
import dev.glanceshare.core.exception.EndpointNotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The services and endpoints a token's catalog lists. Immutable and thread-safe.
 *
 * <pre>{@code
 * URI glance = session.catalog().endpoint(EndpointFilter.of("image").withRegion("RegionOne"));
 * }</pre>
 */
public final class ServiceCatalog {
    private static final ServiceCatalog EMPTY = new ServiceCatalog(List.of());

    private final List<CatalogService> services;

    private ServiceCatalog(List<CatalogService> services) {
        this.services = List.copyOf(services);
    }

    /**
     * @param services the services
     * @return the catalog
     */
    public static ServiceCatalog of(List<CatalogService> services) {
        return services.isEmpty() ? EMPTY : new ServiceCatalog(services);
    }

    /** @return a catalog with no services, as unscoped tokens have */
    public static ServiceCatalog empty() {
        return EMPTY;
    }

    /** @return the services, unmodifiable */
    public List<CatalogService> services() {
        return services;
    }

    /** @return whether the catalog lists no service */
    public boolean isEmpty() {
        return services.isEmpty();
    }

    /**
     * Selects one endpoint by service type, interface and region. Without a region, the service must be
     * offered in one region only: the catalog never picks one of several silently.
     *
     * @param filter service type, interface and optional region
     * @return the endpoint URL as the catalog lists it
     * @throws EndpointNotFoundException when nothing matches, or when several regions or URLs match; the
     *     message lists what the catalog offers
     */
    public URI endpoint(EndpointFilter filter) {
        String type = filter.serviceType();
        String wanted = filter.endpointInterface().wireName();
        List<CatalogEndpoint> ofType = new ArrayList<>();
        services.stream().filter(s -> s.type().equalsIgnoreCase(type)).forEach(s -> ofType.addAll(s.endpoints()));
        if (ofType.isEmpty()) {
            throw notFound(isEmpty()
                    ? "The service catalog is empty, so it has no '" + type + "' service. Unscoped tokens carry no "
                            + "catalog: scope the session to a project (scope(...), OS_PROJECT_NAME or OS_PROJECT_ID)"
                    : "The service catalog has no service of type '" + type + "'");
        }
        List<CatalogEndpoint> ofInterface = ofType.stream()
                .filter(e -> sameInterface(e.interfaceName(), wanted)).collect(Collectors.toList());
        if (ofInterface.isEmpty()) {
            throw notFound("Service type '" + type + "' has no " + wanted + " endpoint; choose another interface "
                    + "(endpointInterface(...), OS_INTERFACE)");
        }
        List<CatalogEndpoint> matches = ofInterface;
        if (filter.region().isPresent()) {
            String region = filter.region().get();
            matches = ofInterface.stream().filter(e -> e.region().map(region::equals).orElse(false))
                    .collect(Collectors.toList());
            if (matches.isEmpty()) {
                throw notFound("Service type '" + type + "' has no " + wanted + " endpoint in region '" + region
                        + "'; it has " + wanted + " endpoints in: " + regions(ofInterface)
                        + ". Set region(...) (OS_REGION_NAME) to one of those");
            }
        } else if (regions(ofInterface).size() > 1) {
            throw notFound("Service type '" + type + "' has " + wanted + " endpoints in several regions: "
                    + regions(ofInterface) + ". Choose one with region(...) (OS_REGION_NAME)");
        }
        Set<URI> urls = matches.stream().map(CatalogEndpoint::url).collect(Collectors.toCollection(LinkedHashSet::new));
        if (urls.size() > 1) {
            throw notFound("Service type '" + type + "' has several " + wanted + " endpoints for " + filter + ": "
                    + urls + ". Set an endpoint override for '" + type + "' to the one to use");
        }
        return urls.iterator().next();
    }

    private EndpointNotFoundException notFound(String problem) {
        return new EndpointNotFoundException(problem + ". " + describe());
    }

    /** @return for example {@code The catalog offers: image (glance): public [RegionOne], internal [RegionOne]} */
    String describe() {
        if (services.isEmpty()) {
            return "The catalog offers nothing.";
        }
        List<String> parts = new ArrayList<>();
        for (CatalogService s : services) {
            Map<String, Set<String>> byInterface = new LinkedHashMap<>();
            for (CatalogEndpoint e : s.endpoints()) {
                byInterface.computeIfAbsent(e.interfaceName(), k -> new LinkedHashSet<>())
                        .add(e.region().orElse("no region"));
            }
            String offers = byInterface.entrySet().stream()
                    .map(en -> en.getKey() + " " + en.getValue()).collect(Collectors.joining(", "));
            parts.add(s.type() + s.name().map(n -> " (" + n + ")").orElse("") + ": "
                    + (offers.isEmpty() ? "no endpoints" : offers));
        }
        return "The catalog offers: " + String.join("; ", parts) + ".";
    }

    private static Set<String> regions(List<CatalogEndpoint> endpoints) {
        return endpoints.stream().map(e -> e.region().orElse("no region"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Accepts {@code public} and the old {@code publicURL} spelling. */
    private static boolean sameInterface(String listed, String wanted) {
        String l = listed.toLowerCase(java.util.Locale.ROOT);
        return l.equals(wanted) || l.equals(wanted + "url");
    }

    /** @return the service types and their endpoints */
    @Override
    public String toString() {
        return "ServiceCatalog" + services;
    }
}
