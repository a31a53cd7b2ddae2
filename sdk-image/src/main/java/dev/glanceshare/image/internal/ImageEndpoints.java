package dev.glanceshare.image.internal;

import dev.glanceshare.core.exception.ConfigurationException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the catalog's image endpoint into the v2 API root. Glance's catalog URL usually has no version
 * ({@code http://host:9292}, or {@code http://host/image} behind a proxy), so {@code /v2} is appended; a
 * URL that already names v2 is kept. No discovery request is needed for this.
 */
public final class ImageEndpoints {
    private static final Pattern VERSION = Pattern.compile("/v(\\d+)(\\.\\d+)?/?$");

    private ImageEndpoints() {}

    /**
     * @param catalogUrl the image endpoint from the catalog or an override
     * @return the versioned root, such as {@code http://host/image/v2}, without a trailing slash
     * @throws ConfigurationException when the URL names a version other than 2
     */
    public static URI versioned(URI catalogUrl) {
        String s = catalogUrl.toString();
        if (catalogUrl.getQuery() != null || catalogUrl.getFragment() != null) {
            throw new ConfigurationException("Image endpoint must not have a query or fragment: " + s);
        }
        Matcher m = VERSION.matcher(catalogUrl.getPath() == null ? "" : catalogUrl.getPath());
        if (m.find()) {
            if (!m.group(1).equals("2")) {
                throw new ConfigurationException("Image endpoint " + s + " names API v" + m.group(1)
                        + "; glanceshare needs Glance v2. Point the endpoint override at the unversioned URL.");
            }
            String base = s.substring(0, s.length() - m.group().length());
            return URI.create(base + "/v2");
        }
        return URI.create((s.endsWith("/") ? s.substring(0, s.length() - 1) : s) + "/v2");
    }

    /**
     * @param versioned the v2 root
     * @return the service root, where Glance answers version discovery
     */
    public static URI root(URI versioned) {
        String s = versioned.toString();
        return URI.create(s.substring(0, s.length() - "/v2".length()) + "/");
    }
}
