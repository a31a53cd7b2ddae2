package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The limited JSON pointers Glance accepts in a PATCH: one level deep, with Glance's messages. */
final class JsonPointer {
    private static final Pattern ADJACENT = Pattern.compile("/\\s*?/");
    private static final Pattern BAD_TILDE = Pattern.compile("~[^01]");

    private JsonPointer() {
    }

    /**
     * Validates and decodes a pointer to the one property it names.
     *
     * @param node the {@code path} member
     * @return the property name
     */
    static String decode(JsonNode node) {
        String pointer = node.isTextual() ? node.asText() : node.toString();
        if (!node.isTextual() || !pointer.startsWith("/")) {
            throw fail("Pointer `" + pointer + "` does not start with \"/\".");
        }
        if (ADJACENT.matcher(pointer.substring(1)).find()) {
            throw fail("Pointer `" + pointer + "` contains adjacent \"/\".");
        }
        if (pointer.length() > 1 && pointer.endsWith("/")) {
            throw fail("Pointer `" + pointer + "` end with \"/\".");
        }
        if (BAD_TILDE.matcher(pointer).find() || pointer.endsWith("~")) {
            throw fail("Pointer `" + pointer + "` contains \"~\" not part of a recognized escape sequence.");
        }
        List<String> parts = new ArrayList<>();
        for (String part : pointer.replaceFirst("^/+", "").split("/", -1)) {
            parts.add(part.replace("~1", "/").replace("~0", "~").strip());
        }
        if (parts.size() != 1) {
            throw fail("Invalid JSON pointer for this resource: '/" + String.join("/", parts) + "'");
        }
        return parts.get(0);
    }

    private static WebobError fail(String message) {
        return WebobError.of(400, message);
    }
}
