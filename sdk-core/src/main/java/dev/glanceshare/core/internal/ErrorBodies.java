package dev.glanceshare.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.http.Redaction;
import dev.glanceshare.core.json.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Extracts the human message from every error shape Glance and Keystone send:
 * Glance JSON {@code {"message","code","title"}} (with its {@code <br /><br />} tail), Glance's webob
 * HTML page and text/plain page (which one depends on the request's {@code Accept}), and Keystone's
 * {@code {"error":{"code","message","title"}}}.
 */
public final class ErrorBodies {
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    // [^<>] rather than [^>]: a page of unclosed '<' must not make each one scan to the end (quadratic).
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
    private static final int MAX_MESSAGE = 2000;
    /** Markup and text beyond this many characters is not looked at: a message is short, a page may not be. */
    private static final int MAX_SCANNED = 16 * 1024;

    private ErrorBodies() {}

    /**
     * @param mediaType the response's media type without parameters, or empty text
     * @param status the status code, to drop webob's repeated status line
     * @param body the (bounded) body bytes
     * @return the cleaned message; empty when the body says nothing useful
     */
    public static String message(String mediaType, int status, byte[] body) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String trimmed = text.trim();
        if (mediaType.contains("json") || trimmed.startsWith("{")) {
            String fromJson = fromJson(body);
            if (fromJson != null) {
                // JSON messages are plain text apart from webob's <br /> tail: other angle brackets are content.
                return tidy(BR.matcher(fromJson).replaceAll(" "));
            }
        }
        String head = text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text;
        if (mediaType.contains("html") || trimmed.startsWith("<")) {
            return fromHtml(head, status);
        }
        return fromPlain(head, status);
    }

    private static String fromJson(byte[] body) {
        try {
            JsonNode root = JsonCodec.standard().readTree(body);
            JsonNode keystone = root.path("error");
            if (keystone.isObject()) {
                return text(keystone.path("message"), keystone.path("title"));
            }
            if (root.isObject()) {
                return text(root.path("message"), root.path("title"));
            }
            return root.isTextual() ? root.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode message, JsonNode title) {
        if (message.isTextual() && !message.asText().isBlank()) {
            return message.asText();
        }
        return title.isTextual() ? title.asText() : null;
    }

    private static String fromHtml(String html, int status) {
        // webob: <title>404 Not Found</title> ... <h1>404 Not Found</h1> message<br /><br />
        String body = html.replaceAll("(?is)<(head|title|h1|script|style)\\b[^>]*>.*?</\\1\\s*>", " ");
        return dropStatusLine(clean(body), status);
    }

    private static String fromPlain(String text, int status) {
        // webob text/plain: "404 Not Found\n\nmessage\n\n   "
        return dropStatusLine(clean(text), status);
    }

    private static final String[] REASONS = {"Not Found", "Bad Request", "Unauthorized", "Forbidden",
        "Conflict", "Request Entity Too Large", "Unsupported Media Type", "Too Many Requests",
        "Internal Server Error", "Bad Gateway", "Service Unavailable", "Gateway Timeout", "Method Not Allowed",
        "Multiple Choices"};

    /** Removes the leading "404 Not Found" that webob repeats before the message. */
    private static String dropStatusLine(String text, int status) {
        String prefix = status + " ";
        if (!text.startsWith(prefix)) {
            return text;
        }
        String rest = text.substring(prefix.length());
        for (String reason : REASONS) {
            if (rest.regionMatches(true, 0, reason, 0, reason.length())) {
                return rest.substring(reason.length()).trim();
            }
        }
        return rest.trim();
    }

    /**
     * Strips markup and folds white space, and bounds the length.
     *
     * @param raw text that may hold {@code <br />} tails and tags
     * @return clean single-line text
     */
    public static String clean(String raw) {
        String s = BR.matcher(raw).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
        return tidy(s);
    }

    /**
     * Folds white space and control characters (a message goes on one log line and must not fake
     * another), scrubs anything that looks like a secret (Keystone's schema errors can quote the request),
     * and bounds the length.
     */
    private static String tidy(String raw) {
        String s = raw.length() > MAX_SCANNED ? raw.substring(0, MAX_SCANNED) : raw;
        s = CONTROL.matcher(s).replaceAll(" ");
        s = SPACE.matcher(s).replaceAll(" ").trim();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).trim(); // Glance's quota messages end "Maximum: 128:"
        }
        s = Redaction.text(s);
        return s.length() > MAX_MESSAGE ? s.substring(0, MAX_MESSAGE) + "..." : s;
    }
}
