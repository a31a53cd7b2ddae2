package dev.glanceshare.core.http;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request's URL: an endpoint the client parsed once, when it learned it, plus the percent-encoded path segments
 * and query that one call adds. The transport sends the endpoint's host and the joined path as they are, so a call
 * parses no URI: parsing one per call cost as much CPU as the rest of the SDK's request handling
 * (docs/BENCHMARKS.md). The whole {@link URI}, for logs and exceptions, is made the first time it is asked for.
 *
 * <p>Immutable and thread-safe. Every segment and query component is encoded here, so the joined text is
 * always a valid URI and no input can reach another path.
 */
public final class RequestUrl {
    private final URI endpoint;
    /** The path and query as sent, such as {@code /v2/images/ID}; {@code null} when the URL was given whole. */
    private final String pathAndQuery;
    /** What to append to the endpoint's text to make the whole URI; {@code null} when given whole. */
    private final String suffix;
    /** The whole URI, made on first use; volatile because {@link URI}'s own fields are not final. */
    private volatile URI uri;

    private RequestUrl(URI endpoint, String pathAndQuery, String suffix, URI uri) {
        this.endpoint = endpoint;
        this.pathAndQuery = pathAndQuery;
        this.suffix = suffix;
        this.uri = uri;
    }

    /**
     * @param uri an absolute http or https URI with a host, sent as it is
     * @return the URL
     * @throws IllegalArgumentException when the URI is not absolute http(s) with a host
     */
    public static RequestUrl of(URI uri) {
        requireHttp(uri);
        return new RequestUrl(uri, null, null, uri);
    }

    /**
     * @param endpoint a base URI such as {@code http://host/image/v2}, with or without a trailing slash
     * @param segments path segments to append, each percent-encoded as in {@link UriPaths#encodeSegment}
     * @return the URL
     * @throws IllegalArgumentException when the endpoint is not absolute http(s) with a host, and for a segment
     *     {@link UriPaths#encodeSegment} refuses
     */
    public static RequestUrl of(URI endpoint, String... segments) {
        requireHttp(endpoint);
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            // Not an endpoint one appends to; join as text, as UriPaths.append does, and send the result whole.
            return of(UriPaths.append(endpoint, segments));
        }
        StringBuilder suffix = new StringBuilder();
        for (String segment : segments) {
            suffix.append('/').append(UriPaths.encodeSegment(segment));
        }
        String base = endpoint.getRawPath() == null ? "" : UriPaths.stripTrailingSlash(endpoint.getRawPath());
        // An endpoint with no path (http://host) and no segments is sent as the root, "/".
        String path = base.isEmpty() && suffix.length() == 0 ? "/" : base + suffix;
        return new RequestUrl(endpoint, path, suffix.toString(), null);
    }

    /**
     * @param query names and values, each percent-encoded as in {@link UriPaths#encodeQuery}, in order
     * @return this URL with the query appended; this URL itself when {@code query} is empty
     * @throws IllegalStateException when this URL already has a query
     */
    public RequestUrl withQuery(List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return this;
        }
        if (pathAndQuery == null ? toUri().getRawQuery() != null : pathAndQuery.indexOf('?') >= 0) {
            throw new IllegalStateException("this URL already has a query: " + this);
        }
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> e : query) {
            q.append(q.length() == 0 ? '?' : '&').append(UriPaths.encodeQuery(e.getKey())).append('=')
                    .append(UriPaths.encodeQuery(e.getValue()));
        }
        if (pathAndQuery == null) {
            return of(URI.create(toUri() + q.toString()));
        }
        return new RequestUrl(endpoint, pathAndQuery + q, suffix + q, null);
    }

    /** @return the whole URI */
    public URI toUri() {
        URI u = uri;
        if (u == null) {
            u = URI.create(UriPaths.stripTrailingSlash(endpoint.toString()) + suffix); // valid: every part was encoded
            uri = u;
        }
        return u;
    }

    /** @return the URI the scheme, user info, host and port come from: the endpoint, or the whole URI */
    URI origin() {
        return endpoint;
    }

    /**
     * @return the path and query to send, such as {@code /v2/images/ID}, or {@code null} when the URL was given
     *     whole and the transport takes them from {@link #toUri()}
     */
    String pathAndQuery() {
        return pathAndQuery;
    }

    /**
     * @return the whole URI's raw path, such as {@code /v2/images/ID}, without making the URI when the URL was
     *     joined: an observed call names its operation from it
     */
    String rawPath() {
        if (pathAndQuery == null) {
            return toUri().getRawPath();
        }
        int query = pathAndQuery.indexOf('?'); // no encoded segment holds one: '?' is sent as %3F
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** @return the whole URI as text */
    @Override
    public String toString() {
        return toUri().toString();
    }

    /** Equal when the whole URIs are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RequestUrl && toUri().equals(((RequestUrl) o).toUri());
    }

    @Override
    public int hashCode() {
        return toUri().hashCode();
    }

    private static void requireHttp(URI value) {
        Objects.requireNonNull(value, "uri");
        String scheme = value.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || value.getHost() == null) {
            throw new IllegalArgumentException("Request URI must be absolute http(s) with a host: " + value);
        }
    }
}
