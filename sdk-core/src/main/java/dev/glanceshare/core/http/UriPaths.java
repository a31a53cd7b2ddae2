package dev.glanceshare.core.http;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds request URIs from an endpoint and path segments. Every segment is percent-encoded (RFC 3986
 * path segment: {@code /}, {@code ?}, {@code #}, {@code %}, spaces and non-ASCII are all encoded), so
 * no input can reach another path.
 */
public final class UriPaths {
    private UriPaths() {}

    /**
     * @param endpoint a base URI such as {@code http://host/image/v2}, with or without a trailing slash
     * @param segments path segments to append, each encoded
     * @return the URI
     */
    public static URI append(URI endpoint, String... segments) {
        StringBuilder s = new StringBuilder(stripTrailingSlash(endpoint.toString()));
        for (String segment : segments) {
            s.append('/').append(encodeSegment(segment));
        }
        return URI.create(s.toString());
    }

    /**
     * @param segment any text
     * @return the text percent-encoded as one path segment
     * @throws IllegalArgumentException for an empty segment, {@code .} or {@code ..}, which would change the path,
     *     and for text that is not valid Unicode (a lone surrogate)
     */
    public static String encodeSegment(String segment) {
        Objects.requireNonNull(segment, "path segment");
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("'" + segment + "' cannot be used as a path segment");
        }
        return percentEncode(segment);
    }

    /**
     * @param component a query name or value
     * @return it percent-encoded for a query string ({@code &}, {@code =}, {@code +} and {@code #} are encoded)
     * @throws IllegalArgumentException for text that is not valid Unicode (a lone surrogate)
     */
    public static String encodeQuery(String component) {
        return percentEncode(Objects.requireNonNull(component, "query component"));
    }

    private static String percentEncode(String segment) {
        if (isUnreserved(segment)) {
            return segment; // IDs and most names: nothing to encode, so no encoder and no copy
        }
        ByteBuffer bytes;
        try {
            // String.getBytes would turn a lone surrogate into '?', silently asking for another name.
            bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(segment));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Text with a lone UTF-16 surrogate is not valid Unicode and cannot be "
                    + "sent in a URL", e);
        }
        StringBuilder out = new StringBuilder();
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isUnreserved(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3986 unreserved characters: the only ones sent as they are. */
    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /**
     * Resolves a service's relative link (Glance's {@code next}, such as {@code /v2/images?marker=x})
     * against the versioned endpoint it came from. The link is relative to the service root, which is the
     * endpoint without its version segment, so a path prefix such as {@code http://host/image} is kept.
     *
     * @param versionedEndpoint such as {@code http://host/image/v2}
     * @param link the link from the response: relative to the service root, or absolute
     * @return the absolute URI
     * @throws IllegalArgumentException when the link is not a valid URI, or is absolute and points to
     *     another scheme, host or port than the endpoint (the SDK would send the token there)
     */
    public static URI resolveServiceLink(URI versionedEndpoint, String link) {
        Objects.requireNonNull(versionedEndpoint, "versionedEndpoint");
        URI parsed = URI.create(Objects.requireNonNull(link, "link"));
        if (parsed.isAbsolute() || parsed.getAuthority() != null) {
            if (!sameOrigin(versionedEndpoint, parsed)) {
                throw new IllegalArgumentException("The service sent a link to another origin (" + parsed.getScheme()
                        + "://" + parsed.getAuthority() + ") than its endpoint " + versionedEndpoint
                        + "; it is not followed");
            }
            return parsed;
        }
        String base = stripTrailingSlash(versionedEndpoint.toString());
        String root = base.replaceFirst("/v\\d+(\\.\\d+)?$", "");
        return URI.create(root + (link.startsWith("/") ? link : "/" + link));
    }

    /**
     * @param a a URI the SDK trusts, such as an endpoint
     * @param b a URI a service sent, such as a {@code next} link
     * @return whether both have the same scheme, host and port (default ports filled in), so the token may go to {@code b}
     */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
