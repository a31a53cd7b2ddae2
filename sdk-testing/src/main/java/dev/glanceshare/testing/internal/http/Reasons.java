package dev.glanceshare.testing.internal.http;

import java.util.Map;

/** Reason phrases for the status line, as Python's {@code http.server} (eventlet) writes them. */
final class Reasons {
    private static final Map<Integer, String> OTHERS = Map.ofEntries(Map.entry(100, "Continue"),
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
            Map.entry(206, "Partial Content"), Map.entry(300, "Multiple Choices"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(431, "Request Header Fields Too Large"));

    private Reasons() {
    }

    /**
     * @param status an HTTP status
     * @return its reason phrase
     */
    static String phrase(int status) {
        String other = OTHERS.get(status);
        return other != null ? other : StatusTitles.title(status);
    }
}
