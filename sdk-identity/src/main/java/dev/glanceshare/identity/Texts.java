package dev.glanceshare.identity;

import java.util.regex.Pattern;

/** Small text helpers shared by the builders and loaders. */
final class Texts {
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{32}");

    private Texts() {}

    /** @return the value trimmed, or {@code null} when it is null or blank */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }

    /** @return whether the text looks like a Keystone ID (32 hex digits, as Keystone generates them) */
    static boolean looksLikeId(String text) {
        return HEX_ID.matcher(text).matches();
    }
}
