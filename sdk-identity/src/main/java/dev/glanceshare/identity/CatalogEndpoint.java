package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.Texts;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** One endpoint of a catalog service: an interface ({@code public}, {@code internal}, {@code admin}), a region and a URL. Immutable. */
public final class CatalogEndpoint {
    private final String id;
    private final String interfaceName;
    private final String region;
    private final URI url;

    private CatalogEndpoint(String id, String interfaceName, String region, URI url) {
        this.id = id;
        this.interfaceName = Objects.requireNonNull(interfaceName, "interfaceName");
        this.region = region;
        this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * @param id the endpoint's ID, or {@code null}
     * @param interfaceName {@code public}, {@code internal} or {@code admin}, as the catalog spells it
     * @param region the region ID, or {@code null} when the endpoint has none
     * @param url the URL
     * @return the endpoint
     */
    public static CatalogEndpoint of(String id, String interfaceName, String region, URI url) {
        return new CatalogEndpoint(id, interfaceName, Texts.clean(region), url);
    }

    /** @return the endpoint's ID, if the catalog gave one */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the interface as the catalog spells it, such as {@code public} */
    public String interfaceName() {
        return interfaceName;
    }

    /** @return the region ID ({@code region_id}, or the older {@code region}), if any */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** @return the URL as the catalog lists it */
    public URI url() {
        return url;
    }

    @Override
    public String toString() {
        return interfaceName + (region == null ? "" : " in " + region) + ": " + url;
    }
}
