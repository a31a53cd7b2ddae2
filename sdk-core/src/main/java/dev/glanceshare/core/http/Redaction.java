package dev.glanceshare.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.glanceshare.core.json.JsonCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes headers and bodies safe to log or to show in a message: token headers, passwords, application
 * credential secrets and token IDs are replaced by {@value #REDACTED}, and a Keystone service catalog
 * is shortened to {@code "<elided N services>"}. Every log line and trace the SDK writes goes through
 * this class; code that records requests (a request trace, a test fake) should use it too.
 *
 * <pre>{@code
 * log.trace("{}", Redaction.headers(request.headers()));
 * log.trace("{}", Redaction.body(bytes, "application/json"));
 * }</pre>
 */
public final class Redaction {
    /** What a secret is replaced with. */
    public static final String REDACTED = "<redacted>";

    /** The longest text (not JSON) body shown by {@link #body(byte[], String)}, in characters. */
    public static final int MAX_TEXT_CHARS = 4096;

    private static final Set<String> SECRET_HEADERS = Set.of("x-auth-token", "x-subject-token",
            "x-service-token", "authorization", "proxy-authorization", "cookie", "set-cookie");

    /**
     * {@code "password": "x"}, {@code 'secret': 'x'}, {@code token=x} in text that is not valid JSON. It runs in
     * linear time, since it scans error pages and bodies a server chose: a key is tried only where a word
     * starts, the keyword must appear within its first 200 characters, and nothing backtracks into a word
     * or a quoted value (the first form of this pattern took minutes over a 64 KiB run of letters).
     */
    private static final Pattern SECRET_IN_TEXT = Pattern.compile(
            "(?i)((?<![\\w.-])[\"']?(?=[\\w.-]{0,200}(?:password|secret|passcode|token))[\\w.-]++[\"']?\\s*+[:=]\\s*+)"
                    + "(\"(?:[^\"\\\\]|\\\\.){0,8192}+\"|'(?:[^'\\\\]|\\\\.){0,8192}+'|[^\\s,;&}\\]]++)");

    private Redaction() {}

    /**
     * @param name a header name, in any case
     * @return whether the header carries a secret: the token headers, {@code Authorization},
     *     {@code Proxy-Authorization}, cookies, and any name mentioning a token, secret or password
     */
    public static boolean isSecretHeader(String name) {
        String n = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        return SECRET_HEADERS.contains(n) || n.contains("token") || n.contains("secret")
                || n.contains("password") || n.contains("api-key");
    }

    /**
     * @param headers any headers
     * @return a copy in which every secret header's values are {@value #REDACTED}
     */
    public static Headers headers(Headers headers) {
        Headers.Builder copy = Headers.builder();
        for (String name : headers.names()) {
            for (String value : headers.all(name)) {
                copy.add(name, isSecretHeader(name) ? REDACTED : value);
            }
        }
        return copy.build();
    }

    /**
     * @param headers any headers
     * @return one {@code Name: value} line per value, secrets redacted, each line indented two spaces
     */
    public static String headerLines(Headers headers) {
        StringBuilder s = new StringBuilder();
        Headers safe = headers(headers);
        for (String name : safe.names()) {
            for (String value : safe.all(name)) {
                s.append("  ").append(name).append(": ").append(value).append('\n');
            }
        }
        return s.toString();
    }

    /**
     * Redacts a JSON tree. A field is secret when its name mentions a password, secret or passcode, is
     * {@code token} or ends in {@code _token}, or is the {@code id} of a {@code token} object (Keystone's
     * token auth method); secret values that are not objects become {@value #REDACTED}, while secret
     * objects (such as Keystone's {@code "password": {"user": ...}}) are searched further. Other strings
     * are scrubbed with {@link #text(String)}, since a message may quote a request. A {@code catalog}
     * array becomes {@code "<elided N services>"}.
     *
     * @param node any JSON
     * @return a redacted deep copy; {@code node} is not changed
     */
    public static JsonNode json(JsonNode node) {
        return redact(null, node.deepCopy());
    }

    private static JsonNode redact(String parent, JsonNode node) {
        if (node.isTextual()) {
            // A message can quote a request: Keystone's schema errors read "...'identity/password/user/password': 'x'".
            return TextNode.valueOf(text(node.asText()));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : ((ObjectNode) node).properties()) {
                field.setValue(redactField(parent, field.getKey(), field.getValue()));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redact(parent, array.get(i)));
            }
        }
        return node;
    }

    private static JsonNode redactField(String parent, String key, JsonNode value) {
        String k = key.toLowerCase(Locale.ROOT);
        if ((k.equals("catalog") || k.equals("servicecatalog")) && value.isArray()) {
            return TextNode.valueOf("<elided " + value.size() + " services>");
        }
        boolean secret = isSecretField(k) || "token".equals(parent) && k.equals("id");
        if (secret && !value.isObject() && !value.isNull()) {
            return TextNode.valueOf(REDACTED);
        }
        return redact(k, value);
    }

    private static boolean isSecretField(String k) {
        return k.contains("password") || k.contains("secret") || k.contains("passcode") || k.equals("token")
                || k.endsWith("_token") || k.equals("blob") || k.endsWith("private_key");
    }

    /**
     * Scrubs {@code name: value} and {@code name=value} pairs whose name mentions a password, secret,
     * passcode or token, as they appear in text that is not JSON (a Python repr in a server message, a
     * form body, a truncated JSON document).
     *
     * @param text any text
     * @return the text with those values replaced by {@value #REDACTED}
     */
    public static String text(String text) {
        return SECRET_IN_TEXT.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + (m.group(2).startsWith("'") ? "'" + REDACTED + "'" : "\"" + REDACTED + "\"")));
    }

    /**
     * Renders a body for a log line: JSON is redacted with {@link #json(JsonNode)} and written compactly;
     * other text is scrubbed with {@link #text(String)} and cut at {@value #MAX_TEXT_CHARS} characters;
     * anything else is shown as {@code <N bytes binary>}.
     *
     * @param body the body bytes
     * @param mediaType the media type, or empty text when unknown
     * @return a printable, redacted rendering; empty text for an empty body
     */
    public static String body(byte[] body, String mediaType) {
        if (body.length == 0) {
            return "";
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String text = decodeText(body);
        if (text == null || type.startsWith("application/octet-stream") || type.startsWith("image/")) {
            return "<" + body.length + " bytes binary>";
        }
        String trimmed = text.stripLeading();
        if (type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return JsonCodec.standard().writeString(json(JsonCodec.standard().readTree(body)));
            } catch (IOException notJson) {
                // fall through: scrub it as text, so a half-JSON body still loses its secrets
            }
        }
        // Only what is shown is scrubbed (with a margin, so a secret cut at the edge is still recognised).
        String scrubbed = text(text.length() > MAX_TEXT_CHARS + 512 ? text.substring(0, MAX_TEXT_CHARS + 512) : text);
        return scrubbed.length() > MAX_TEXT_CHARS
                ? scrubbed.substring(0, MAX_TEXT_CHARS) + "... (" + body.length + " bytes in all)"
                : scrubbed;
    }

    /** @return the body as text when it is UTF-8 without control characters (other than white space), else null */
    private static String decodeText(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        boolean control = text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f);
        return control ? null : text;
    }
}
