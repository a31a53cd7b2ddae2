package dev.glanceshare.testing.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query string parsed the way Python's {@code parse_qsl(keep_blank_values=True)} does it (webob's
 * {@code request.params}), and re-encoded the way {@code urlencode} does, so that Glance's paging links
 * come out byte for byte.
 */
public final class QueryParams {
    private final List<Map.Entry<String, String>> pairs;

    private QueryParams(List<Map.Entry<String, String>> pairs) {
        this.pairs = pairs;
    }

    /**
     * Parses a raw query string: pairs split on {@code &}, {@code +} is a space, a name without {@code =}
     * has an empty value, empty pieces are skipped.
     *
     * @param rawQuery the encoded query, possibly empty
     * @return the parsed pairs in order
     */
    public static QueryParams parse(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String piece : rawQuery.split("&", -1)) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            String name = eq < 0 ? piece : piece.substring(0, eq);
            String value = eq < 0 ? "" : piece.substring(eq + 1);
            pairs.add(Map.entry(unquotePlus(name), unquotePlus(value)));
        }
        return new QueryParams(pairs);
    }

    /** @return every pair, in order, duplicates kept */
    public List<Map.Entry<String, String>> pairs() {
        return List.copyOf(pairs);
    }

    /**
     * Returns the first value of a name, like webob's {@code MultiDict.pop}.
     *
     * @param name the parameter name
     * @return the value, or empty when absent
     */
    public Optional<String> first(String name) {
        return pairs.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /**
     * Returns every value of a name, in order.
     *
     * @param name the parameter name
     * @return the values, possibly none
     */
    public List<String> all(String name) {
        return pairs.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /**
     * Returns the pairs as Python's {@code dict(multidict)} does: each name once, at its first position,
     * with its last value.
     *
     * @return an ordered map
     */
    public Map<String, String> asDict() {
        Map<String, String> dict = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : pairs) {
            dict.put(p.getKey(), p.getValue());
        }
        return dict;
    }

    /**
     * Encodes pairs like Python's {@code urlencode}: {@code quote_plus} on names and values.
     *
     * @param params the pairs, in order
     * @return the encoded query, without {@code ?}
     */
    public static String urlencode(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(quotePlus(p.getKey())).append('=').append(quotePlus(p.getValue()));
        }
        return out.toString();
    }

    /**
     * Python's {@code quote_plus(s, safe='')}: letters, digits and {@code _.-~} stay, a space becomes
     * {@code +}, everything else is percent-encoded UTF-8 with upper-case hex.
     *
     * @param s the text
     * @return the encoded text
     */
    public static String quotePlus(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Python's {@code unquote}: valid {@code %XX} sequences become bytes, invalid ones stay as they are,
     * the bytes are decoded as UTF-8 with replacement characters.
     *
     * @param s the encoded text
     * @return the decoded text
     */
    public static String unquote(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length + 0 && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String unquotePlus(String s) {
        return unquote(s.replace('+', ' '));
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
