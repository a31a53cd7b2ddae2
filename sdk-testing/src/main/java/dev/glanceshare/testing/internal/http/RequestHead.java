package dev.glanceshare.testing.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A parsed HTTP/1.x request line and header block.
 *
 * @param method the method token, case as sent
 * @param rawPath the percent-encoded path ({@code /} for an absolute-form target without one)
 * @param rawQuery the encoded query without {@code ?}, empty when absent
 * @param headers case-insensitive names, one value per header line, in arrival order
 * @param http10 true for an HTTP/1.0 request
 */
record RequestHead(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
        boolean http10) {
    /** Longest request or header line accepted, as eventlet's {@code MAX_HEADER_LINE}. */
    static final int MAX_LINE = 8192;
    /** Most header lines accepted. */
    static final int MAX_HEADERS = 200;

    /** A request that cannot be parsed: answered 400 and the connection closed. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /**
     * Reads a request head.
     *
     * @param in the connection's buffered input
     * @return the head, or empty when the client closed the connection between requests
     * @throws Malformed when the bytes are not an HTTP/1.x request head
     * @throws IOException when reading fails
     */
    static Optional<RequestHead> read(InputStream in) throws IOException {
        String line;
        do { // RFC 9112 2.2: a server ignores empty lines before the request line
            line = line(in);
            if (line == null) {
                return Optional.empty();
            }
        } while (line.isEmpty());
        int first = line.indexOf(' ');
        int last = line.lastIndexOf(' ');
        if (first <= 0 || last == first) {
            throw new Malformed("bad request line");
        }
        String method = line.substring(0, first);
        String target = line.substring(first + 1, last);
        String version = line.substring(last + 1);
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new Malformed("unsupported version " + version);
        }
        TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String previous = null;
        for (int n = 0; ; n++) {
            String h = line(in);
            if (h == null) {
                throw new Malformed("connection closed inside the header block");
            }
            if (h.isEmpty()) {
                break;
            }
            if (n >= MAX_HEADERS) {
                throw new Malformed("too many headers");
            }
            if ((h.charAt(0) == ' ' || h.charAt(0) == '\t') && previous != null) { // obsolete line folding
                List<String> values = headers.get(previous);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + h.strip());
                continue;
            }
            int colon = h.indexOf(':');
            if (colon <= 0 || h.substring(0, colon).isBlank() || h.substring(0, colon).contains(" ")) {
                throw new Malformed("bad header line");
            }
            previous = h.substring(0, colon);
            headers.computeIfAbsent(previous, k -> new ArrayList<>()).add(h.substring(colon + 1).strip());
        }
        headers.replaceAll((k, v) -> List.copyOf(v));
        String[] pathAndQuery = split(target);
        return Optional.of(new RequestHead(method, pathAndQuery[0], pathAndQuery[1],
                Collections.unmodifiableMap(headers), version.equals("HTTP/1.0")));
    }

    /** @return whether the connection stays open after this request, by its version and Connection header */
    boolean keepAlive() {
        String connection = header("Connection").orElse("").toLowerCase(Locale.ROOT);
        if (connection.contains("close")) {
            return false;
        }
        return !http10 || connection.contains("keep-alive");
    }

    /** @return true when the client waits for {@code 100 Continue} before sending the body */
    boolean expectsContinue() {
        return !http10 && header("Expect").map(v -> v.equalsIgnoreCase("100-continue")).orElse(false);
    }

    /**
     * @param name header name, any case
     * @return its first value
     */
    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    // Origin form (/path?query) or absolute form (http://host/path?query); anything else is malformed.
    private static String[] split(String target) throws Malformed {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        if (!t.startsWith("/")) {
            int scheme = t.indexOf("://");
            if (scheme <= 0 || !t.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                throw new Malformed("bad request target");
            }
            int slash = t.indexOf('/', scheme + 3);
            int question = t.indexOf('?', scheme + 3);
            int start = slash < 0 ? question : (question < 0 ? slash : Math.min(slash, question));
            t = start < 0 ? "/" : (t.charAt(start) == '?' ? "/" + t.substring(start) : t.substring(start));
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                throw new Malformed("control character in the request target");
            }
        }
        int q = t.indexOf('?');
        return q < 0 ? new String[] {t, ""} : new String[] {t.substring(0, q), t.substring(q + 1)};
    }

    /**
     * Reads one line up to LF (a CR before it is dropped) as ISO-8859-1, byte for character, as the JDK
     * server and Python's {@code http.server} (under eventlet) decode heads.
     *
     * @return the line, or null at end of stream before any byte
     */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (bytes.size() == 0) {
                    return null;
                }
                throw new Malformed("connection closed inside a line");
            }
            if (bytes.size() >= MAX_LINE) {
                throw new Malformed("line too long");
            }
            bytes.write(b);
        }
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        return new String(raw, 0, length, StandardCharsets.ISO_8859_1);
    }
}
