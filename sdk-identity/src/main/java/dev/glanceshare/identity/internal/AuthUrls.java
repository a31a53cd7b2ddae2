package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.exception.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises the auth URL and reads Keystone's version document. */
public final class AuthUrls {
    private static final Pattern V3 = Pattern.compile("v3(\\.\\d+)?");
    private static final Pattern V2 = Pattern.compile("v2(\\.\\d+)?");

    private AuthUrls() {}

    /**
     * @param text the URL as configured, such as {@code http://127.0.0.1:5000/v3/}
     * @return it without trailing slashes, checked to be absolute http(s) and not Keystone v2
     */
    public static URI normalize(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new ConfigurationException("authUrl '" + text + "' is not a URL: " + e.getReason()
                    + " (expected something like https://keystone.example.com:5000/v3)", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ConfigurationException("authUrl '" + text + "' must be an absolute http(s) URL with a host, "
                    + "such as https://keystone.example.com:5000/v3");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigurationException("authUrl '" + text + "' must not have a query or fragment");
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        URI normalized = URI.create(s);
        if (V2.matcher(lastSegment(normalized)).matches()) {
            throw new ConfigurationException("authUrl '" + text + "' points at Keystone v2, which is gone; "
                    + "use the v3 URL instead (replace /" + lastSegment(normalized) + " with /v3)");
        }
        return normalized;
    }

    /** @return whether the URL already names the v3 API, so no discovery is needed */
    public static boolean isV3(URI normalized) {
        return V3.matcher(lastSegment(normalized)).matches();
    }

    /** @return the URL to send discovery to: the root needs a path of {@code /} */
    public static URI discoveryUri(URI normalized) {
        String path = normalized.getRawPath();
        return path == null || path.isEmpty() ? URI.create(normalized + "/") : normalized;
    }

    /**
     * Finds the v3 API in a version document: {@code {"versions":{"values":[...]}}} (the 300 from the
     * root), {@code {"versions":[...]}} or {@code {"version":{...}}} (the 200 from {@code /v3}).
     *
     * @param body the document
     * @param from where it came from, for messages
     * @return the v3 base URL without a trailing slash
     * @throws ConfigurationException when the document offers no v3 API
     */
    public static URI v3From(JsonNode body, URI from) {
        List<JsonNode> versions = new ArrayList<>();
        JsonNode vs = body.path("versions");
        (vs.isObject() ? vs.path("values") : vs).forEach(versions::add);
        if (body.path("version").isObject()) {
            versions.add(body.path("version"));
        }
        List<String> seen = new ArrayList<>();
        for (JsonNode v : versions) {
            String id = v.path("id").asText("");
            seen.add(id + " (" + v.path("status").asText("?") + ")");
            if (!id.startsWith("v3")) {
                continue;
            }
            for (JsonNode link : v.path("links")) {
                if ("self".equals(link.path("rel").asText()) && !link.path("href").asText("").isBlank()) {
                    String href = link.path("href").asText();
                    while (href.endsWith("/")) {
                        href = href.substring(0, href.length() - 1);
                    }
                    return from.resolve(URI.create(href));
                }
            }
        }
        throw new ConfigurationException("Keystone at " + from + " offers no identity v3 API (it lists: "
                + (seen.isEmpty() ? "no versions" : String.join(", ", seen)) + "). Check authUrl, or set it to the "
                + "v3 URL (ending in /v3)");
    }

    private static String lastSegment(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
