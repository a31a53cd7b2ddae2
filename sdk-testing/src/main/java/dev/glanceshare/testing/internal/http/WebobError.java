package dev.glanceshare.testing.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * An error rendered the way webob renders {@code HTTPException}s for Glance: JSON, HTML or plain text
 * depending on {@code Accept}, with webob's literal {@code <br /><br />} tails.
 */
public final class WebobError extends RuntimeException {
    /** Exceptions are serializable; this one never travels. */
    private static final long serialVersionUID = 1L;
    private static final Pattern BR = Pattern.compile("<br.*?>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--|-->");
    private static final Pattern TAG = Pattern.compile("<.*?>", Pattern.DOTALL);

    /** The HTTP status. */
    private final int status;
    private final transient Function<UnaryOperator<String>, String> body; // escape function -> body text
    /** Extra response headers. */
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();

    private WebobError(int status, String explanation, Function<UnaryOperator<String>, String> body) {
        super(explanation, null, false, false);
        this.status = status;
        this.body = body;
    }

    /**
     * An error with webob's standard body template around an explanation.
     *
     * @param status the status
     * @param explanation the text Glance passes as {@code explanation}
     * @return the error
     */
    public static WebobError of(int status, String explanation) {
        return new WebobError(status, explanation, esc -> esc.apply(explanation) + "<br /><br />\n\n\n");
    }

    /**
     * An error with webob's default explanation for the status.
     *
     * @param status the status
     * @return the error
     */
    public static WebobError of(int status) {
        return of(status, StatusTitles.explanation(status));
    }

    /**
     * webob's 415, whose template names the request's media type.
     *
     * @param contentType the request's Content-Type (without parameters), or empty
     * @return the error
     */
    public static WebobError unsupportedMediaType(String contentType) {
        return new WebobError(415, "unsupported media type", esc -> "The request media type "
                + esc.apply(contentType) + " is not supported by this server.\n<br /><br />\n");
    }

    /**
     * webob's 405, whose template names the method; it carries {@code Allow}.
     *
     * @param method the request method
     * @param allow the allowed methods, e.g. {@code GET, POST}
     * @return the error
     */
    public static WebobError methodNotAllowed(String method, String allow) {
        return new WebobError(405, "method not allowed", esc -> "The method " + esc.apply(method)
                + " is not allowed for this resource. <br /><br />\n").header("Allow", allow);
    }

    /**
     * Adds a response header.
     *
     * @param name header name
     * @param value header value
     * @return this
     */
    public WebobError header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /** @return the status */
    public int status() {
        return status;
    }

    /**
     * Renders the error for a request.
     *
     * @param accept the request's {@code Accept} header, or null when absent
     * @return the response (headers added by the caller come after these)
     */
    public HttpResponse render(String accept) {
        String statusLine = status + " " + StatusTitles.title(status);
        HttpResponse response = HttpResponse.status(status);
        headers.forEach(h -> response.header(h.getKey(), h.getValue()));
        switch (MediaRanges.errorFormat(accept)) {
            case JSON -> {
                Map<String, Object> json = new java.util.LinkedHashMap<>();
                json.put("message", body.apply(s -> s));
                json.put("code", statusLine);
                json.put("title", StatusTitles.title(status));
                response.header("Content-Type", "application/json").body(PyJson.dumps(json, true));
            }
            case HTML -> response.header("Content-Type", "text/html; charset=UTF-8")
                    .body("<html>\n <head>\n  <title>" + statusLine + "</title>\n </head>\n <body>\n  <h1>"
                            + statusLine + "</h1>\n  " + body.apply(WebobError::htmlEscape) + "\n </body>\n</html>");
            default -> response.header("Content-Type", "text/plain; charset=UTF-8")
                    .body(statusLine + "\n\n" + stripTags(body.apply(s -> s)));
        }
        return response;
    }

    private static String stripTags(String value) {
        String v = value.replace("\n", " ").replace("\r", "");
        v = BR.matcher(v).replaceAll("\n");
        v = COMMENT.matcher(v).replaceAll("");
        return TAG.matcher(v).replaceAll("");
    }

    private static String htmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }
}
