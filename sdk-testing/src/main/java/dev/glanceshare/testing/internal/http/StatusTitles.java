package dev.glanceshare.testing.internal.http;

import java.util.Map;

/** Status phrases and default explanations as webob (and Python's {@code http.client}) spell them. */
public final class StatusTitles {
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(414, "Request-URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(416, "Request Range Not Satisfiable"),
            Map.entry(417, "Expectation Failed"), Map.entry(422, "Unprocessable Entity"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private static final Map<Integer, String> EXPLANATIONS = Map.ofEntries(
            Map.entry(400, "The server could not comply with the request since it is either malformed or"
                    + " otherwise incorrect."),
            Map.entry(401, "This server could not verify that you are authorized to access the document you"
                    + " requested. Either you supplied the wrong credentials (e.g., bad password), or your"
                    + " browser does not understand how to supply the credentials required."),
            Map.entry(403, "Access was denied to this resource."),
            Map.entry(404, "The resource could not be found."),
            Map.entry(409, "There was a conflict when trying to complete your request."),
            Map.entry(413, "The body of your request was too large for this server."),
            Map.entry(429, "The client has sent too many requests in a given amount of time."),
            Map.entry(500, "The server has either erred or is incapable of performing the requested operation."),
            Map.entry(502, "Bad gateway."),
            Map.entry(503, "The server is currently unavailable. Please try again at a later time."),
            Map.entry(504, "The gateway has timed out."));

    private StatusTitles() {
    }

    /**
     * @param status an HTTP status
     * @return its phrase, e.g. {@code Not Found}
     */
    public static String title(int status) {
        return TITLES.getOrDefault(status, status < 500 ? "Client Error" : "Server Error");
    }

    /**
     * @param status an HTTP status
     * @return webob's default explanation for it, possibly empty
     */
    public static String explanation(int status) {
        return EXPLANATIONS.getOrDefault(status, "");
    }
}
