package dev.glanceshare.testing.internal.image;

import java.util.List;
import java.util.Locale;

/**
 * Glance's default {@code import_filtering_opts} for {@code web-download}: schemes http and https, ports 80
 * and 443 when given, and no loopback or link-local destination. Unlike Glance, the fake never resolves a
 * host name (it sends nothing off this machine): {@code localhost} counts as loopback and any other name
 * passes, as a name that resolves to a public address does on real Glance.
 */
final class UriFilter {
    private static final List<String> SCHEMES = List.of("http", "https");
    private static final List<Integer> PORTS = List.of(80, 443);

    private UriFilter() {
    }

    /**
     * @param uri the {@code method.uri} of an import request, or null
     * @return true when real Glance's default filter lets it through
     */
    static boolean passes(String uri) {
        if (uri == null || uri.isEmpty()) {
            return false;
        }
        int sep = uri.indexOf("://");
        if (sep <= 0 || !SCHEMES.contains(uri.substring(0, sep).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String rest = uri.substring(sep + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = authority.substring(1, close);
            if (authority.length() > close + 1 && authority.charAt(close + 1) == ':') {
                port = authority.substring(close + 2);
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (port != null && !port.isEmpty()) {
            try {
                if (!PORTS.contains(Integer.parseInt(port))) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return allowedHost(host.toLowerCase(Locale.ROOT));
    }

    private static boolean allowedHost(String host) {
        if (host.isEmpty()) {
            return false;
        }
        if (host.contains(":")) { // an IPv6 literal
            String h = host.replaceFirst("^::ffff:", "");
            if (!h.equals(host) && h.contains(".")) {
                return allowedHost(h); // IPv4-mapped: Glance checks the embedded address
            }
            return !h.equals("::1") && !h.matches("0*:0*:0*:0*:0*:0*:0*:0*1") && !h.startsWith("fe8")
                    && !h.startsWith("fe9") && !h.startsWith("fea") && !h.startsWith("feb");
        }
        if (host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            String[] parts = host.split("\\.", -1);
            if (parts.length != 4) {
                return false; // digits and dots that are no IPv4 address: Glance refuses them as encoded IPs
            }
            int[] octets = new int[4];
            for (int i = 0; i < 4; i++) {
                if (parts[i].isEmpty() || parts[i].length() > 3 || (parts[i].length() > 1 && parts[i].startsWith("0"))
                        || Integer.parseInt(parts[i]) > 255) {
                    return false;
                }
                octets[i] = Integer.parseInt(parts[i]);
            }
            return octets[0] != 127 && !(octets[0] == 169 && octets[1] == 254);
        }
        return !host.equals("localhost") && !host.endsWith(".localhost") && !host.equals("localhost.");
    }
}
