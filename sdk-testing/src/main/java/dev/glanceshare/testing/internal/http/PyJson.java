package dev.glanceshare.testing.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does by default ({@code ", "} and {@code ": "}
 * separators, keys in insertion order), because Glance and Keystone are Python and the conformance suite
 * compares bodies byte for byte. Values are maps, collections, strings, numbers, booleans, null or
 * Jackson nodes.
 */
public final class PyJson {
    private PyJson() {
    }

    /**
     * Serialises a value.
     *
     * @param value the value tree
     * @param ensureAscii true to escape every non-ASCII character as {@code \\uXXXX} (Python's default)
     * @return the JSON text
     */
    public static String dumps(Object value, boolean ensureAscii) {
        StringBuilder out = new StringBuilder();
        write(out, value, ensureAscii, -1, 0);
        return out.toString();
    }

    /**
     * Serialises a value like {@code json.dumps(value, indent=indent)}.
     *
     * @param value the value tree
     * @param indent spaces per level
     * @return the JSON text
     */
    public static String dumpsIndented(Object value, int indent) {
        StringBuilder out = new StringBuilder();
        write(out, value, true, indent, 0);
        return out.toString();
    }

    /**
     * Builds an insertion-ordered JSON object from alternating keys and values.
     *
     * @param keysAndValues key, value, key, value...
     * @return the ordered map
     */
    public static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void write(StringBuilder out, Object value, boolean ascii, int indent, int level) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof JsonNode node) {
            write(out, Jsons.toJava(node), ascii, indent, level);
        } else if (value instanceof String s) {
            string(out, s, ascii);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short) {
            out.append(value);
        } else if (value instanceof Number n) {
            out.append(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            container(out, map.entrySet().iterator(), '{', '}', ascii, indent, level);
        } else if (value instanceof Collection<?> list) {
            container(out, list.iterator(), '[', ']', ascii, indent, level);
        } else {
            string(out, value.toString(), ascii);
        }
    }

    private static void container(StringBuilder out, Iterator<?> items, char open, char close, boolean ascii,
            int indent, int level) {
        out.append(open);
        if (!items.hasNext()) {
            out.append(close);
            return;
        }
        boolean first = true;
        while (items.hasNext()) {
            Object item = items.next();
            if (!first) {
                out.append(indent < 0 ? ", " : ",");
            }
            first = false;
            newline(out, indent, level + 1);
            if (item instanceof Map.Entry<?, ?> e) {
                string(out, String.valueOf(e.getKey()), ascii);
                out.append(": ");
                write(out, e.getValue(), ascii, indent, level + 1);
            } else {
                write(out, item, ascii, indent, level + 1);
            }
        }
        newline(out, indent, level);
        out.append(close);
    }

    private static void newline(StringBuilder out, int indent, int level) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

    private static void string(StringBuilder out, String s, boolean ascii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
